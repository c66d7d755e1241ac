namespace RevenueCycle.Coding;

public class CodeValidityTests
{
    private static readonly CodeVersion Window = new("99213", "Visit", null, new DateOnly(2021, 1, 1), new DateOnly(2024, 12, 31), Billable: true);

    [Theory]
    [InlineData("2020-12-31", false)]
    [InlineData("2021-01-01", true)]
    [InlineData("2023-06-15", true)]
    [InlineData("2024-12-31", true)]
    [InlineData("2025-01-01", false)]
    public void Effective_dates_are_inclusive(string dateOfService, bool valid) =>
        Assert.Equal(valid, CodeValidity.IsValid(CodeSystem.Cpt, Window, DateOnly.Parse(dateOfService, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void An_open_end_means_still_current() =>
        Assert.True(CodeValidity.IsValid(CodeSystem.HcpcsLevel2, Window with { EffectiveTo = null }, new DateOnly(2099, 1, 1)));

    [Fact]
    public void Only_icd10cm_requires_billable()
    {
        var header = new CodeVersion("E11", "Type 2 diabetes mellitus", null, new DateOnly(2015, 10, 1), null, Billable: false);
        var day = new DateOnly(2025, 3, 1);
        Assert.False(CodeValidity.IsValid(CodeSystem.Icd10Cm, header, day));
        Assert.Equal(CodeValidityStatus.NotBillable, CodeValidity.Check(CodeSystem.Icd10Cm, [header], day));
        Assert.True(CodeValidity.IsValid(CodeSystem.HcpcsLevel2, header with { Code = "A0001" }, day));
    }

    [Fact]
    public void Check_explains_why_not()
    {
        var next = Window with { Description = "Visit reworded", EffectiveFrom = new DateOnly(2026, 1, 1), EffectiveTo = null };
        CodeVersion[] versions = [Window, next];
        Assert.Equal(CodeValidityStatus.UnknownCode, CodeValidity.Check(CodeSystem.Cpt, [], new DateOnly(2025, 1, 1)));
        Assert.Equal(CodeValidityStatus.NotYetEffective, CodeValidity.Check(CodeSystem.Cpt, versions, new DateOnly(2020, 1, 1)));
        Assert.Equal(CodeValidityStatus.Expired, CodeValidity.Check(CodeSystem.Cpt, versions, new DateOnly(2025, 6, 1)));
        Assert.Equal(CodeValidityStatus.Valid, CodeValidity.Check(CodeSystem.Cpt, versions, new DateOnly(2026, 1, 1)));
        Assert.True(CodeValidity.IsValid(CodeSystem.Cpt, versions, new DateOnly(2022, 1, 1)));
    }
}
