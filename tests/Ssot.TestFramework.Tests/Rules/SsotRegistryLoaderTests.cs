using FluentAssertions;
using Ssot.TestFramework.Compliance.Rules;

namespace Ssot.TestFramework.Tests.Rules;

public sealed class SsotRegistryLoaderTests
{
    private static SsotRegistry Parse(string json) => SsotRegistryLoader.Parse(json, "conf/ssot.json", AppContext.BaseDirectory);

    [Fact]
    public void Parse_CommentsAndTrailingCommas_AreAccepted()
    {
        SsotRegistry registry = Parse("""
            {
              // the one manager
              "canonical": [ { "symbol": "T:Chat.Manager", "factory": "M:Chat.Manager.Create", "implements": "T:Chat.IManager", }, ],
              /* old ones */
              "deprecated": [ { "symbol": "N:Legacy", "replacement": "Chat", "issue": "#1", "message": "going away" }, ],
              "include": [ "src/**/*.cs" ],
              "exclude": [ "**/Migrations/**" ],
            }
            """);

        registry.Canonical.Should().ContainSingle().Which.Should().Be(new CanonicalEntry("T:Chat.Manager", "M:Chat.Manager.Create", "T:Chat.IManager"));
        registry.Deprecated.Should().ContainSingle().Which.Should().Be(new DeprecatedEntry("N:Legacy", "Chat", "#1", "going away"));
        registry.Include.Should().Equal("src/**/*.cs");
        registry.Exclude.Should().Contain("**/obj/**").And.Contain("**/Migrations/**");
    }

    [Fact]
    public void Parse_NoGlobs_UsesDefaults()
    {
        SsotRegistry registry = Parse("{}");

        registry.Include.Should().Equal(SsotRegistry.DefaultInclude);
        registry.Exclude.Should().Equal(SsotRegistry.DefaultExclude);
    }

    [Fact]
    public void Parse_MalformedJson_NamesFileAndLine()
    {
        Action act = () => Parse("{\n  \"deprecated\": [\n    { \"symbol\": \"T:A\" \"replacement\": \"B\" }\n  ]\n}");

        act.Should().Throw<SsotRegistryException>().WithMessage("conf/ssot.json(3,*invalid JSON*Fix the syntax*");
    }

    [Fact]
    public void Parse_UnknownIdPrefix_NamesJsonPathAndValidPrefixes()
    {
        Action act = () => Parse("""{ "deprecated": [ { "symbol": "T:Ok", "replacement": "x" }, { "symbol": "X:Bad.Thing", "replacement": "x" } ] }""");

        act.Should().Throw<SsotRegistryException>().WithMessage("conf/ssot.json: $.deprecated[1].symbol: 'X:Bad.Thing'*T: or M: or P: or F: or E: or N:*");
    }

    [Fact]
    public void Parse_CanonicalWithMemberId_IsRejected()
    {
        Action act = () => Parse("""{ "canonical": [ { "symbol": "M:Chat.Manager.Run" } ] }""");

        act.Should().Throw<SsotRegistryException>().WithMessage("*$.canonical[0].symbol*prefix T:*");
    }

    [Fact]
    public void Parse_MissingReplacement_NamesFieldAndFix()
    {
        Action act = () => Parse("""{ "deprecated": [ { "symbol": "T:Legacy.Old" } ] }""");

        act.Should().Throw<SsotRegistryException>().WithMessage("conf/ssot.json: $.deprecated[0].replacement: required field 'replacement' is missing*add it*");
    }

    [Fact]
    public void Parse_UnknownField_IsRejectedWithAllowedList()
    {
        Action act = () => Parse("""{ "deprecate": [] }""");

        act.Should().Throw<SsotRegistryException>().WithMessage("*$.deprecate: unknown field; allowed: canonical, deprecated*");
    }

    [Fact]
    public void Load_MissingFile_NamesThePath()
    {
        Action act = () => SsotRegistryLoader.Load("/nonexistent/ssot.json");

        act.Should().Throw<SsotRegistryException>().WithMessage("/nonexistent/ssot.json: cannot read*");
    }

    [Fact]
    public void Load_BannedSymbolsField_ImportsEntries()
    {
        SsotRegistry registry = SsotRegistryLoader.Load(Path.Combine(TreeFixture.PathOf("Legacy"), "ssot.json"));

        registry.Deprecated.Should().ContainSingle(d => d.Symbol == "T:Shop.Legacy.EmailSender")
            .Which.Replacement.Should().Be("Use Shop.Notifications.Notifier");
    }

    [Fact]
    public void ImportBannedSymbols_CommentsBlankLinesAndMessages_AreHandled()
    {
        string path = Path.Combine(Directory.CreateTempSubdirectory("ssot-banned-").FullName, "BannedSymbols.txt");
        File.WriteAllText(path, "// header\n\nT:A.B;Use C\nM:A.B.Run(System.Int32)\n  N:Old ; gone  \n");

        IReadOnlyList<DeprecatedEntry> entries = SsotRegistryLoader.ImportBannedSymbols(path);

        entries.Select(e => e.Symbol).Should().Equal("T:A.B", "M:A.B.Run(System.Int32)", "N:Old");
        entries[0].Replacement.Should().Be("Use C");
        entries[1].Replacement.Should().Be("see BannedSymbols.txt");
        entries[2].Message.Should().Be("gone");
    }

    [Fact]
    public void ImportBannedSymbols_BadPrefix_NamesFileAndLine()
    {
        string path = Path.Combine(Directory.CreateTempSubdirectory("ssot-banned-").FullName, "BannedSymbols.txt");
        File.WriteAllText(path, "T:A.B\nA.B.C;no prefix\n");

        Action act = () => SsotRegistryLoader.ImportBannedSymbols(path);

        act.Should().Throw<SsotRegistryException>().WithMessage($"{path}(2): 'A.B.C' has no valid documentation-comment ID prefix*");
    }

    [Theory]
    [InlineData("**/*.cs", "a/b/c.cs", true)]
    [InlineData("**/*.cs", "c.cs", true)]
    [InlineData("**/obj/**", "src/obj/x.cs", true)]
    [InlineData("**/obj/**", "obj/x.cs", true)]
    [InlineData("**/obj/**", "src/objects/x.cs", false)]
    [InlineData("*.designer.cs", "ui/Form1.Designer.cs", true)]
    [InlineData("src/*.cs", "src/sub/a.cs", false)]
    public void FileGlob_Pattern_MatchesRelativePaths(string glob, string path, bool expected)
    {
        new FileGlob(glob).IsMatch(path).Should().Be(expected);
    }
}
