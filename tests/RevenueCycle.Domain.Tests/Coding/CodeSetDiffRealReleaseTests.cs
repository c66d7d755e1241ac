namespace RevenueCycle.Coding;

/// <summary>The release diff run over real CMS releases: ICD-10-CM FY2024 → FY2025 and HCPCS 2020 → October 2025.</summary>
public class CodeSetDiffRealReleaseTests
{
    private static readonly DateOnly Fy2024 = new(2023, 10, 1);
    private static readonly DateOnly Fy2025 = new(2024, 10, 1);

    /// <summary>FY2024 as stored before the import, rebuilt by undoing the FY2025 addenda on the FY2025 order file.</summary>
    private static List<CodeVersion> Fy2024Stored()
    {
        var codes = CodeSetFiles.Icd10CmOrder2025.ToDictionary(c => c.Code, c => (c.Billable, c.ShortDescription, c.LongDescription), StringComparer.Ordinal);
        var addenda = CodeSetFiles.Icd10CmAddenda2025;
        foreach (var add in addenda.Where(c => c.Action == Icd10CmChangeAction.Add)) codes.Remove(add.Code);
        foreach (var old in addenda.Where(c => c.Action is Icd10CmChangeAction.Delete or Icd10CmChangeAction.ReviseFrom))
            codes[old.Code] = (old.Billable, old.ShortDescription, old.LongDescription);
        return codes.Select(kv => new CodeVersion(kv.Key, kv.Value.LongDescription, kv.Value.ShortDescription, Fy2024, null, kv.Value.Billable)).ToList();
    }

    [Fact]
    public void Icd10cm_fy2025_applies_exactly_the_addenda()
    {
        var stored = Fy2024Stored();
        // The addenda summary: FY2024 had 74,044 codes and 23,252 headers.
        Assert.Equal((74_044, 23_252), (stored.Count(v => v.Billable), stored.Count(v => !v.Billable)));

        var changes = CodeSetDiff.Compute(stored, CodeSetFiles.Icd10CmOrder2025.Select(c => c.ToReleaseCode()), Fy2025);

        var addenda = CodeSetFiles.Icd10CmAddenda2025;
        var adds = Codes(addenda, Icd10CmChangeAction.Add);
        var deletes = Codes(addenda, Icd10CmChangeAction.Delete);
        var revisions = Codes(addenda, Icd10CmChangeAction.ReviseTo);
        var becameHeaders = adds.Intersect(deletes).ToHashSet();

        Assert.Equal(adds.Except(becameHeaders).Order(), changes.Added.Select(v => v.Code));
        Assert.Equal(deletes.Except(becameHeaders).Order(), changes.Retired.Select(v => v.Code));
        Assert.Equal(revisions.Union(becameHeaders).Order(), changes.Revised.Select(r => r.Closed.Code));
        Assert.Equal((291, 3, 47, 97_246), (changes.Added.Count, changes.Retired.Count, changes.Revised.Count, changes.Unchanged.Count));

        Assert.All(changes.Added, v => Assert.Equal((Fy2025, (DateOnly?)null), (v.EffectiveFrom, v.EffectiveTo)));
        Assert.All(changes.Retired, v => Assert.Equal(new DateOnly(2024, 9, 30), v.EffectiveTo));
        var a7741 = changes.Revised.Single(r => r.Closed.Code == "A7741");
        Assert.Equal("Ehrlichiosis chafeensis [E. chafeensis]", a7741.Closed.Description);
        Assert.Equal("Ehrlichiosis chaffeensis [E. chaffeensis]", a7741.Opened.Description);
        var c8339 = changes.Revised.Single(r => r.Closed.Code == "C8339");
        Assert.Equal((true, false), (c8339.Closed.Billable, c8339.Opened.Billable));
    }

    [Fact]
    public void Icd10cm_history_answers_validity_on_either_side_of_the_release()
    {
        var stored = Fy2024Stored();
        var release = CodeSetFiles.Icd10CmOrder2025.Select(c => c.ToReleaseCode()).ToList();
        var after = CodeSetDiff.Apply(stored, CodeSetDiff.Compute(stored, release, Fy2025));

        Assert.True(CodeSetDiff.Compute(after, release, Fy2025).IsEmpty);
        Assert.Equal(97_296 + 291 + 47, after.Count);

        var byCode = after.ToLookup(v => v.Code, StringComparer.Ordinal);
        var lastDayOfFy2024 = new DateOnly(2024, 9, 30);
        Assert.Equal(CodeValidityStatus.Valid, CodeValidity.Check(CodeSystem.Icd10Cm, byCode["C8339"], lastDayOfFy2024));
        Assert.Equal(CodeValidityStatus.NotBillable, CodeValidity.Check(CodeSystem.Icd10Cm, byCode["C8339"], Fy2025));
        Assert.Equal(CodeValidityStatus.Valid, CodeValidity.Check(CodeSystem.Icd10Cm, byCode["T8132XA"], lastDayOfFy2024));
        Assert.Equal(CodeValidityStatus.Expired, CodeValidity.Check(CodeSystem.Icd10Cm, byCode["T8132XA"], Fy2025));
        Assert.Equal(CodeValidityStatus.NotYetEffective, CodeValidity.Check(CodeSystem.Icd10Cm, byCode["C83390"], lastDayOfFy2024));
        Assert.Equal(CodeValidityStatus.Valid, CodeValidity.Check(CodeSystem.Icd10Cm, byCode["E119"], Fy2025));
        Assert.Equal(CodeValidityStatus.NotBillable, CodeValidity.Check(CodeSystem.Icd10Cm, byCode["E11"], Fy2025));
    }

    [Fact]
    public void Hcpcs_2020_to_october_2025()
    {
        var january2020 = new DateOnly(2020, 1, 1);
        var october2025 = new DateOnly(2025, 10, 1);
        var release2020 = CodeSetFiles.HcpcsAnnual2020
            .Where(r => r.Kind == HcpcsRecordKind.Procedure && r.IsActiveOn(january2020))
            .Select(r => r.ToReleaseCode()).ToList();
        var release2025 = CodeSetFiles.HcpcsActive2025Oct.Select(c => c.ToReleaseCode()).ToList();

        var first = CodeSetDiff.Compute([], release2020, january2020);
        Assert.Equal(6_105, first.Added.Count);
        var stored = CodeSetDiff.Apply([], first);

        var changes = CodeSetDiff.Compute(stored, release2025, october2025);
        // 302 are re-described once whitespace is normalised as the TSV release was (306 if the 2020 short descriptions kept double spaces).
        Assert.Equal((1_543, 390, 302, 5_413), (changes.Added.Count, changes.Retired.Count, changes.Revised.Count, changes.Unchanged.Count));

        // Every code retired since 2020 is in CMS's terminated list, ended on or after 2020-01-01.
        var terminated = HcpcsTsvReader.ReadTerminatedFile(CodeSetFiles.Path("hcpcs", "2025-10", "hcpcs-level2-terminated.tsv"))
            .ToDictionary(c => c.Code, StringComparer.Ordinal);
        Assert.All(changes.Retired, v => Assert.True(terminated[v.Code].TerminationDate >= january2020, v.Code));

        var after = CodeSetDiff.Apply(stored, changes);
        Assert.True(CodeSetDiff.Compute(after, release2025, october2025).IsEmpty);
        Assert.Equal(6_105 + 1_543 + 302, after.Count);
        var g0438 = after.Where(v => v.Code == "G0438").ToList();
        Assert.Contains(g0438, v => v.IsEffectiveOn(october2025));
    }

    private static HashSet<string> Codes(IEnumerable<Icd10CmAddendum> addenda, Icd10CmChangeAction action) =>
        addenda.Where(c => c.Action == action).Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
}
