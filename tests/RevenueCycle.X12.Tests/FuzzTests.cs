using System.Text;

namespace RevenueCycle.X12;

/// <summary>
/// Random but reproducible damage to every sample: the reader and the typed parsers must either succeed or throw
/// <see cref="X12Exception"/>. Any other exception is a bug; the failure message gives sample, case and seed.
/// </summary>
public class FuzzTests
{
    private const int CasesPerSample = 400;
    private static readonly byte[] Delimiters = "*:~^|>\r\n "u8.ToArray();

    [Theory]
    [MemberData(nameof(AllSamples))]
    public void Mutated_samples_fail_only_with_x12_exception(string name)
    {
        var original = TestData.SampleBytes(name);
        var kind = Samples.All[name];
        var failures = new List<string>();

        for (var i = 0; i < CasesPerSample; i++)
        {
            var seed = StableSeed(name) + i;
            var mutated = Mutate(original, new Random(seed));
            failures.AddRange(Run(() => X12Reader.Read(new MemoryStream(mutated), X12ReaderOptions.Strict), name, i, seed, "strict read"));
            var text = Encoding.UTF8.GetString(mutated);
            failures.AddRange(Run(() => Samples.ParseTyped(kind, text, X12ReaderOptions.Strict), name, i, seed, "strict parse"));
            failures.AddRange(Run(() => Samples.ParseTyped(kind, text, X12ReaderOptions.Lenient), name, i, seed, "lenient parse"));
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures.Take(20)));
    }

    internal static byte[] Mutate(byte[] source, Random random)
    {
        var bytes = new List<byte>(source);
        var count = random.Next(1, 4);
        for (var m = 0; m < count && bytes.Count > 0; m++)
        {
            var at = random.Next(bytes.Count);
            switch (random.Next(10))
            {
                case 7 or 8 or 9: // move, copy or drop whole segments: loops out of order, missing, repeated
                    bytes = MutateSegments(bytes, random);
                    break;
                case 0: // flip one byte to anything
                    bytes[at] = (byte)random.Next(256);
                    break;
                case 1: // a delimiter where data was, or the reverse
                    bytes[at] = Delimiters[random.Next(Delimiters.Length)];
                    break;
                case 2: // delete a run
                    bytes.RemoveRange(at, Math.Min(random.Next(1, 40), bytes.Count - at));
                    break;
                case 3: // duplicate a run (a repeated segment, or half of one)
                    var length = Math.Min(random.Next(1, 80), bytes.Count - at);
                    bytes.InsertRange(random.Next(bytes.Count), bytes.GetRange(at, length));
                    break;
                case 4: // truncate
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                case 5: // insert random bytes
                    var noise = new byte[random.Next(1, 8)];
                    random.NextBytes(noise);
                    bytes.InsertRange(at, noise);
                    break;
                default: // a digit where a digit was: keeps structure, breaks counts, dates and amounts
                    if (bytes[at] is >= (byte)'0' and <= (byte)'9') bytes[at] = (byte)('0' + random.Next(10));
                    else bytes[at] = (byte)'9';
                    break;
            }
        }
        return [.. bytes];
    }

    /// <summary>Segment-level damage (after the ISA, whose terminator is its 106th character in every sample).</summary>
    private static List<byte> MutateSegments(List<byte> bytes, Random random)
    {
        var terminator = bytes.Count > 106 ? bytes[105] : (byte)'~';
        var head = bytes.Take(106).ToList();
        var segments = new List<List<byte>>();
        var current = new List<byte>();
        foreach (var b in bytes.Skip(106))
        {
            current.Add(b);
            if (b != terminator) continue;
            segments.Add(current);
            current = [];
        }
        if (current.Count > 0) segments.Add(current);
        if (segments.Count < 2) return bytes;

        var a = random.Next(segments.Count);
        var b2 = random.Next(segments.Count);
        switch (random.Next(4))
        {
            case 0: segments.RemoveAt(a); break;
            case 1: segments.Insert(b2, segments[a]); break;
            case 2: (segments[a], segments[b2]) = (segments[b2], segments[a]); break;
            default:
                var moved = segments[a];
                segments.RemoveAt(a);
                segments.Insert(Math.Min(b2, segments.Count), moved);
                break;
        }
        return [.. head, .. segments.SelectMany(x => x)];
    }

    private static IEnumerable<string> Run(Action action, string name, int index, int seed, string stage)
    {
        try
        {
            action();
            return [];
        }
        catch (X12Exception)
        {
            return [];
        }
        catch (Exception e)
        {
            return [$"{name} case {index} (seed {seed}) {stage}: {e.GetType().Name}: {e.Message}"];
        }
    }

    private static int StableSeed(string name) => name.Aggregate(17, (h, c) => unchecked((h * 31) + c)) & 0x0FFFFFFF;

    public static TheoryData<string> AllSamples() => Samples.Names();
}
