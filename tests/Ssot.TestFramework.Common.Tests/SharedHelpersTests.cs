using System.Text.Encodings.Web;
using System.Text.Json;
using FluentAssertions;
using Ssot.TestFramework.Common;

namespace Ssot.TestFramework.Common.Tests;

/// <summary>The helpers written once for every report: percentile, Markdown escaping, indented JSON.</summary>
public sealed class SharedHelpersTests
{
    [Fact]
    public void NearestRank_HundredSamples_IsTheValueAtTheRank()
    {
        double[] sorted = [.. Enumerable.Range(1, 100).Select(i => (double)i)];

        Percentile.NearestRank(sorted, 0.50).Should().Be(50);
        Percentile.NearestRank(sorted, 0.95).Should().Be(95);
        Percentile.NearestRank(sorted, 0.99).Should().Be(99);
        Percentile.NearestRank([3.0], 0.99).Should().Be(3);
    }

    [Fact]
    public void NearestRank_EvenCount_MedianIsTheLowerMiddleValue() =>
        Percentile.NearestRank([1.0, 2.0, 3.0, 4.0], 0.5).Should().Be(2);

    [Fact]
    public void NearestRank_NoSample_Throws()
    {
        Action rank = () => Percentile.NearestRank([], 0.5);

        rank.Should().Throw<ArgumentException>().WithMessage("No samples.*");
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a|b", "a\\|b")]
    [InlineData("two\nlines", "two lines")]
    [InlineData("windows\r\nline", "windows  line")]
    public void Escape_TableCell_EscapesPipesAndFoldsLineBreaks(string text, string expected) =>
        MarkdownText.Escape(text).Should().Be(expected);

    [Fact]
    public void Write_NestedDocument_IsIndentedWithLineFeedsOnly()
    {
        string json = ReportJson.Write(w =>
        {
            w.WriteStartObject();
            w.WriteNumber("version", 1);
            w.WriteStartArray("entries");
            w.WriteStringValue("a");
            w.WriteEndArray();
            w.WriteEndObject();
        });

        json.Should().Be("{\n  \"version\": 1,\n  \"entries\": [\n    \"a\"\n  ]\n}");
    }

    [Theory]
    [InlineData(false, "{\n  \"reason\": \"a \\u2014 b\",\n  \"entries\": [\n    {\"x\":1},\n    {\"y\":[2]}\n  ]\n}")]
    [InlineData(true, "{\n  \"reason\": \"a \u2014 b\",\n  \"entries\": [\n    {\"x\":1},\n    {\"y\":[2]}\n  ]\n}")]
    public void WriteLine_CompactValuesWithEncoder_OnePerLineEscapedAsTold(bool relaxed, string expected)
    {
        string json = ReportJson.Write(
            w =>
            {
                w.WriteStartObject();
                w.WriteString("reason", "a \u2014 b");
                w.WriteStartArray("entries");
                ReportJson.WriteLine(w, "{\"x\":1}");
                ReportJson.WriteLine(w, "{\"y\":[2]}");
                w.WriteEndArray();
                w.WriteEndObject();
            },
            relaxed ? JavaScriptEncoder.UnsafeRelaxedJsonEscaping : null);

        json.Should().Be(expected);
    }

    [Fact]
    public void Serialize_IndentedOptions_HasLineFeedsOnly()
    {
        string json = ReportJson.Serialize(new { a = 1, b = new[] { 2 } }, new JsonSerializerOptions { WriteIndented = true });

        json.Should().Be("{\n  \"a\": 1,\n  \"b\": [\n    2\n  ]\n}").And.NotContain("\r");
    }
}
