namespace RevenueCycle.Coding;

public class CodeSearchTextTests
{
    [Fact]
    public void Search_text_is_the_code_then_each_description_word_once_with_a_space_before_it() =>
        Assert.Equal(" E119 TYPE 2 DIABETES MELLITUS WITHOUT COMPLICATIONS W O",
            CodeSearchText.Build("E119", "Type 2 diabetes mellitus without complications", "Type 2 diabetes mellitus w/o complications"));

    [Theory]
    [InlineData("E11.9", "E119")]
    [InlineData(" e119 ", "E119")]
    [InlineData("j06.9", "J069")]
    [InlineData("99213", "99213")]
    public void A_code_is_matched_with_or_without_its_dot(string typed, string stored) =>
        Assert.Equal(stored, CodeSearchText.NormalizeCode(typed));

    [Fact]
    public void Punctuation_separates_words_but_dots_and_apostrophes_join_them() =>
        Assert.Equal(["ALZHEIMERS", "DISEASE", "0", "5MG", "TYPE", "2"],
            CodeSearchText.Words("Alzheimer's disease, 0 .5mg (type-2)").ToArray());

    [Fact]
    public void Query_words_are_distinct_and_capped()
    {
        Assert.Equal(["TYPE", "2", "DIABETES"], CodeSearchText.QueryWords("type 2 Type diabetes"));
        Assert.Empty(CodeSearchText.QueryWords("  -- "));
        Assert.Empty(CodeSearchText.QueryWords(null));
        Assert.Equal(CodeSearchText.MaxQueryWords, CodeSearchText.QueryWords("a b c d e f g h i j k").Count);
    }
}
