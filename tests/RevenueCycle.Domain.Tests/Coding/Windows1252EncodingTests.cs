namespace RevenueCycle.Coding;

public class Windows1252EncodingTests
{
    [Theory]
    [InlineData(0x41, 'A')]
    [InlineData(0x80, '\u20AC')]
    [InlineData(0x92, '\u2019')]
    [InlineData(0x96, '\u2013')]
    [InlineData(0x9F, '\u0178')]
    [InlineData(0x81, '\u0081')]
    [InlineData(0xA0, '\u00A0')]
    [InlineData(0xE9, '\u00E9')]
    [InlineData(0xFF, '\u00FF')]
    public void Decodes_the_1252_table_and_latin1_elsewhere(int value, char expected) =>
        Assert.Equal(expected.ToString(), Windows1252Encoding.Instance.GetString([(byte)value]));

    [Fact]
    public void Every_byte_round_trips()
    {
        var all = Enumerable.Range(0, 256).Select(b => (byte)b).ToArray();
        Assert.Equal(all, Windows1252Encoding.Instance.GetBytes(Windows1252Encoding.Instance.GetString(all)));
    }
}
