using System.Text.Json;
using FluentAssertions;
using Ssot.TestFramework.Testing;

namespace Ssot.TestFramework.Compliance.Tests.Rules;

public sealed class RegistrySchemaTests
{
    private static readonly JsonDocumentOptions s_options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    private static List<string> Validate(string json)
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Reports", "ssot.schema.json")));
        using var doc = JsonDocument.Parse(json, s_options);
        return new JsonSchemaValidator(schema.RootElement).Validate(doc.RootElement);
    }

    [Theory]
    [InlineData("Usage")]
    [InlineData("Structure")]
    [InlineData("Legacy")]
    [InlineData("Diagnostics")]
    [InlineData("Drift")]
    public void Schema_CheckedInRegistries_Validate(string tree)
    {
        Validate(File.ReadAllText(Path.Combine(TreeFixture.PathOf(tree), "ssot.json"))).Should().BeEmpty();
    }

    [Fact]
    public void Schema_BadPrefixAndMissingReplacement_AreRejected()
    {
        Validate("""{ "deprecated": [ { "symbol": "X:Bad" } ], "canonical": [ { "symbol": "M:A.B" } ] }""")
            .Should().Contain(e => e.Contains("does not match pattern", StringComparison.Ordinal))
            .And.Contain(e => e.Contains("missing required property 'replacement'", StringComparison.Ordinal));
    }

    [Fact]
    public void Schema_DuplicateSurfaceOutOfRange_IsRejectedLikeTheLoaderRejectsIt()
    {
        Validate("""{ "canonical": [ { "symbol": "T:A.B" } ], "duplicateSurface": { "threshold": 0, "minimumMembers": 0, "allow": [ "Chat/Legacy.cs" ], "treshold": 1 } }""")
            .Should().Contain(e => e.Contains("threshold: 0 is not above exclusive minimum 0", StringComparison.Ordinal))
            .And.Contain(e => e.Contains("minimumMembers: 0 is below minimum 1", StringComparison.Ordinal))
            .And.Contain(e => e.Contains("'Chat/Legacy.cs' does not match pattern", StringComparison.Ordinal))
            .And.Contain(e => e.Contains("treshold", StringComparison.Ordinal));
        Validate("""{ "canonical": [ { "symbol": "T:A.B" } ], "duplicateSurface": { "threshold": 1, "minimumMembers": 1, "allow": [ "Chat.Adapters.*" ] } }""").Should().BeEmpty();
    }
}
