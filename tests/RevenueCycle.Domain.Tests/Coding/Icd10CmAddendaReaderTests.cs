namespace RevenueCycle.Coding;

public class Icd10CmAddendaReaderTests
{
    [Fact]
    public void The_fy2025_addenda_have_388_changes_before_the_summary()
    {
        // The file has 410 lines: 388 change rows, then a blank line and 21 lines of summary counts.
        var changes = CodeSetFiles.Icd10CmAddenda2025;
        Assert.Equal(410, File.ReadLines(CodeSetFiles.Path("icd10cm", "icd10cm_order_addenda_2025.txt")).Count());
        Assert.Equal(388, changes.Count);
        var byAction = changes.GroupBy(c => c.Action).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(324, byAction[Icd10CmChangeAction.Add]);
        Assert.Equal(36, byAction[Icd10CmChangeAction.Delete]);
        Assert.Equal(14, byAction[Icd10CmChangeAction.ReviseFrom]);
        Assert.Equal(14, byAction[Icd10CmChangeAction.ReviseTo]);
        // The summary: 72 header and 252 code additions, 36 code deletions, 1 header and 13 code revisions.
        Assert.Equal(72, changes.Count(c => c.Action == Icd10CmChangeAction.Add && !c.Billable));
        Assert.Equal(1, changes.Count(c => c.Action == Icd10CmChangeAction.ReviseTo && !c.Billable));
    }

    [Fact]
    public void Revisions_carry_both_wordings()
    {
        var changes = CodeSetFiles.Icd10CmAddenda2025;
        var from = changes[0];
        var to = changes[1];
        Assert.Equal((Icd10CmChangeAction.ReviseFrom, "A7741", "A77.41", 1), (from.Action, from.Code, from.DisplayCode, from.LineNumber));
        Assert.Equal("Ehrlichiosis chafeensis [E. chafeensis]", from.LongDescription);
        Assert.Equal((Icd10CmChangeAction.ReviseTo, "A7741"), (to.Action, to.Code));
        Assert.Equal("Ehrlichiosis chaffeensis [E. chaffeensis]", to.LongDescription);
    }

    [Fact]
    public void Adds_and_revisions_match_the_fy2025_order_file_and_deletes_are_gone_or_now_headers()
    {
        var order = CodeSetFiles.Icd10CmOrder2025.ToDictionary(c => c.Code, StringComparer.Ordinal);
        var changes = CodeSetFiles.Icd10CmAddenda2025;
        foreach (var change in changes.Where(c => c.Action is Icd10CmChangeAction.Add or Icd10CmChangeAction.ReviseTo))
        {
            var now = order[change.Code];
            Assert.Equal((change.Billable, change.ShortDescription, change.LongDescription), (now.Billable, now.ShortDescription, now.LongDescription));
        }

        // 33 billable codes are deleted and added back as category headers with new children (C8339 -> C83390, C83398).
        var deleted = changes.Where(c => c.Action == Icd10CmChangeAction.Delete).ToList();
        var readdedAsHeaders = deleted.Where(d => order.TryGetValue(d.Code, out var now) && d.Billable && !now.Billable).ToList();
        Assert.Equal(33, readdedAsHeaders.Count);
        Assert.All(readdedAsHeaders, d => Assert.Contains(changes, c => c.Action == Icd10CmChangeAction.Add && c.Code == d.Code));
        Assert.Equal(["T8132XA", "T8132XD", "T8132XS"], deleted.Except(readdedAsHeaders).Select(d => d.Code).Order(StringComparer.Ordinal));
        Assert.All(deleted.Except(readdedAsHeaders), d => Assert.False(order.ContainsKey(d.Code)));
    }

    [Fact]
    public void A_revise_from_without_its_revise_to_is_an_error()
    {
        const string text = "Revise from: 1 A7741   Old short                                                    Old long\r\n" +
                            "Add:         1 C810A   New short                                                    New long\r\n";
        var ex = Assert.Throws<CodeSetFormatException>(() => Icd10CmAddendaReader.Read(new StringReader(text)).ToList());
        Assert.Equal(2, ex.LineNumber);
    }

    [Fact]
    public void An_unknown_label_is_an_error()
    {
        const string text = "Change:      1 A7741   Short                                                        Long\r\n";
        var ex = Assert.Throws<CodeSetFormatException>(() => Icd10CmAddendaReader.Read(new StringReader(text), "addenda.txt").ToList());
        Assert.Equal("addenda.txt line 1: 'Change:' is not an addenda label", ex.Message);
    }
}
