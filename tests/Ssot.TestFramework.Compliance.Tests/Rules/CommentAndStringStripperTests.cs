using FluentAssertions;
using Ssot.TestFramework.Compliance.Rules;

namespace Ssot.TestFramework.Compliance.Tests.Rules;

public sealed class CommentAndStringStripperTests
{
    [Theory]
    [InlineData("// Old here\nvar x = 1;", false)]
    [InlineData("/* Old\n */ var x = 1;", false)]
    [InlineData("var s = \"Old \\\" Old\";", false)]
    [InlineData("var s = @\"Old \"\" Old\";", false)]
    [InlineData("var c = '\"'; var d = new Old();", true)]
    [InlineData("var s = $\"a {new Old()} b\";", true)]
    [InlineData("var s = $\"Old {x} Old\";", false)]
    [InlineData("var s = $\"{{Old}}\";", false)]
    [InlineData("var s = \"\"\"\nOld\n\"\"\";", true)]
    [InlineData("var s = $\"{Get(\"k\")}\"; // Old", true)]
    [InlineData("Old x;", true)]
    public void Strip_Text_KeepsOnlyCodeNames(string text, bool nameRemains)
    {
        string stripped = CommentAndStringStripper.Strip(text);

        stripped.Length.Should().Be(text.Length);
        CandidateFinder.ContainsAnyWord(stripped, ["Old"]).Should().Be(nameRemains);
    }
}
