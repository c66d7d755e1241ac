using System.Text;

namespace RevenueCycle.Coding;

/// <summary>
/// Windows-1252 without the System.Text.Encoding.CodePages package (this project references none): bytes
/// 0x80–0x9F map through the table below, every other byte is Latin-1. The five bytes 1252 leaves undefined
/// decode to the C1 control of the same value, as Windows does. Text is only ever read with it.
/// </summary>
public sealed class Windows1252Encoding : Encoding
{
    private static readonly char[] HighControls =
    [
        '\u20AC', '\u0081', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021',
        '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\u008D', '\u017D', '\u008F',
        '\u0090', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014',
        '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\u009D', '\u017E', '\u0178',
    ];

    public static Windows1252Encoding Instance { get; } = new();

    public override string WebName => "windows-1252";

    public override int GetCharCount(byte[] bytes, int index, int count) => count;

    public override int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(chars);
        for (var i = 0; i < byteCount; i++) chars[charIndex + i] = Decode(bytes[byteIndex + i]);
        return byteCount;
    }

    public override int GetMaxCharCount(int byteCount) => byteCount;

    public override int GetByteCount(char[] chars, int index, int count) => count;

    public override int GetBytes(char[] chars, int charIndex, int charCount, byte[] bytes, int byteIndex)
    {
        ArgumentNullException.ThrowIfNull(chars);
        ArgumentNullException.ThrowIfNull(bytes);
        for (var i = 0; i < charCount; i++) bytes[byteIndex + i] = Encode(chars[charIndex + i]);
        return charCount;
    }

    public override int GetMaxByteCount(int charCount) => charCount;

    public static char Decode(byte b) => b is >= 0x80 and <= 0x9F ? HighControls[b - 0x80] : (char)b;

    private static byte Encode(char c)
    {
        if (c <= 0xFF && c is not (>= '\u0080' and <= '\u009F')) return (byte)c;
        var index = Array.IndexOf(HighControls, c);
        return index >= 0 ? (byte)(0x80 + index) : (byte)'?';
    }
}
