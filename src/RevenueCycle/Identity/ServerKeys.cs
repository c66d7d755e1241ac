using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.IdentityModel.Tokens;

namespace RevenueCycle.Identity;

/// <summary>
/// Loads the server's RSA signing key (tokens' signatures, published in the JWKS) and encryption key (authorization
/// codes and refresh tokens, which only this server reads).
/// </summary>
public static class ServerKeys
{
    public static SecurityKey Signing(ServerKeyOptions options, string contentRoot) =>
        Load("signing", options.SigningCertificatePath, options.SigningCertificatePassword, options.SigningKeyPem, options, contentRoot);

    public static SecurityKey Encryption(ServerKeyOptions options, string contentRoot) =>
        Load("encryption", options.EncryptionCertificatePath, options.EncryptionCertificatePassword, options.EncryptionKeyPem, options, contentRoot);

    private static SecurityKey Load(string use, string? certificatePath, string? password, string? pem, ServerKeyOptions options, string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(certificatePath))
        {
            var certificate = X509CertificateLoader.LoadPkcs12FromFile(Path.Combine(contentRoot, certificatePath), password, X509KeyStorageFlags.EphemeralKeySet);
            return new X509SecurityKey(certificate);
        }
        if (!string.IsNullOrWhiteSpace(pem)) return FromPem(pem);
        if (options.Generate) return FromPem(GeneratedPem(Path.Combine(contentRoot, options.Directory, use + ".pem")));
        throw new InvalidOperationException(
            $"No {use} key: set {TokenServerOptions.Section}:Keys:{Capitalised(use)}CertificatePath (and …Password) or " +
            $"{TokenServerOptions.Section}:Keys:{Capitalised(use)}KeyPem. Generated keys ({TokenServerOptions.Section}:Keys:Generate) are for Development only.");
    }

    private static RsaSecurityKey FromPem(string pem)
    {
        var rsa = RSA.Create();
        rsa.ImportFromPem(pem);
        // A stable key id (the key's own thumbprint), so the JWKS and the tokens' "kid" agree across restarts.
        var key = new RsaSecurityKey(rsa);
        key.KeyId = Base64UrlEncoder.Encode(key.ComputeJwkThumbprint());
        return key;
    }

    // Created once per folder. Test hosts start in parallel, so the file appears atomically (write aside, then
    // move without overwriting) and whoever loses the race reads the winner's key.
    private static string GeneratedPem(string path)
    {
        if (File.Exists(path)) return File.ReadAllText(path);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var rsa = RSA.Create(2048);
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        File.WriteAllText(temporary, rsa.ExportPkcs8PrivateKeyPem());
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(temporary, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        try
        {
            File.Move(temporary, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(temporary);
        }
        return File.ReadAllText(path);
    }

    private static string Capitalised(string s) => char.ToUpperInvariant(s[0]) + s[1..];
}
