using FluentAssertions;
using Ssot.TestFramework.Compliance.Rules;
using Ssot.TestFramework.Testing;

namespace Ssot.TestFramework.Compliance.Tests.Rules;

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
        SsotRegistry registry = Parse("""{ "deprecated": [ { "symbol": "T:Legacy.Old", "replacement": "New" } ] }""");

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

    [Theory]
    [InlineData("{}")]
    [InlineData("""{ "canonical": [], "deprecated": [] }""")]
    [InlineData("""{ "deprecated": [], "include": [ "src/**/*.cs" ] }""")]
    public void Parse_NothingToCheck_IsAnErrorNamingFileAndFix(string json)
    {
        Action act = () => Parse(json);

        act.Should().Throw<SsotRegistryException>().WithMessage("conf/ssot.json: $: the registry has nothing to check: no canonical and no deprecated entries*Add at least one entry*");
    }

    [Fact]
    public void Load_NothingButAnEmptyBannedSymbolsFile_IsAnError()
    {
        string dir = Directory.CreateTempSubdirectory("ssot-registry-").FullName;
        File.WriteAllText(Path.Combine(dir, "BannedSymbols.txt"), "// nothing banned yet\n\n");
        File.WriteAllText(Path.Combine(dir, "ssot.json"), """{ "bannedSymbols": "BannedSymbols.txt" }""");

        Action act = () => SsotRegistryLoader.Load(Path.Combine(dir, "ssot.json"));

        act.Should().Throw<SsotRegistryException>().WithMessage("*the registry has nothing to check*after importing bannedSymbols*");
    }

    [Fact]
    public void Parse_OnlyRemovedEntries_IsValid()
    {
        SsotRegistry registry = Parse("""{ "deprecated": [ { "symbol": "T:Legacy.Gone", "replacement": "New", "removed": true } ] }""");

        registry.Deprecated.Should().ContainSingle().Which.Removed.Should().BeTrue();
    }

    [Fact]
    public void Parse_SymbolBothCanonicalAndDeprecated_IsValid()
    {
        SsotRegistry registry = Parse("""
            {
              "canonical": [ { "symbol": "T:Chat.Manager" } ],
              "deprecated": [ { "symbol": "T:Chat.Manager", "replacement": "Chat.Hub" } ]
            }
            """);

        registry.Canonical.Should().ContainSingle().Which.Symbol.Should().Be("T:Chat.Manager");
        registry.Deprecated.Should().ContainSingle().Which.Symbol.Should().Be("T:Chat.Manager");
    }

    [Theory]
    [InlineData("""{ "deprecated": [ { "symbol": "T:A", "replacement": "x" }, { "symbol": "T:B", "replacement": "y" }, { "symbol": "T:A", "replacement": "z" } ] }""",
        "conf/ssot.json: $.deprecated[2]: 'T:A' is already a deprecated entry at $.deprecated[0]*merge the two entries*")]
    [InlineData("""{ "canonical": [ { "symbol": "T:A" }, { "symbol": "T:A", "factory": "M:A.Create" } ] }""",
        "conf/ssot.json: $.canonical[1]: 'T:A' is already a canonical entry at $.canonical[0]*")]
    public void Parse_DuplicateEntries_AreErrorsNamingBothPlaces(string json, string message)
    {
        Action act = () => Parse(json);

        act.Should().Throw<SsotRegistryException>().WithMessage(message);
    }

    [Fact]
    public void Load_EntryInBothTheRegistryAndBannedSymbols_IsAnErrorNamingBothPlaces()
    {
        string dir = Directory.CreateTempSubdirectory("ssot-registry-").FullName;
        string banned = Path.Combine(dir, "BannedSymbols.txt");
        File.WriteAllText(banned, "// banned\nT:Legacy.Other;use New\nT:Legacy.Old;use New\n");
        File.WriteAllText(Path.Combine(dir, "ssot.json"), """{ "deprecated": [ { "symbol": "T:Legacy.Old", "replacement": "New" } ], "bannedSymbols": "BannedSymbols.txt" }""");

        Action act = () => SsotRegistryLoader.Load(Path.Combine(dir, "ssot.json"));

        act.Should().Throw<SsotRegistryException>().WithMessage($"*: {banned}(3): 'T:Legacy.Old' is already a deprecated entry at $.deprecated[0]*");
    }

    [Theory]
    [InlineData("{\n  \"deprecated\": [ { \"symbol\": \"T:A\", \"replacement\": \"x\" } ],\n  \"deprecated\": []\n}",
        "conf/ssot.json(3,3): $: the key 'deprecated' is given twice (also at line 2, column 3); keep one.")]
    [InlineData("{ \"deprecated\": [\n  { \"symbol\": \"T:A\", \"replacement\": \"x\" },\n  { \"symbol\": \"T:B\", \"replacement\": \"x\",\n    \"symbol\": \"T:C\" } ] }",
        "conf/ssot.json(4,5): $.deprecated[1]: the key 'symbol' is given twice (also at line 3, column 5); keep one.")]
    [InlineData("{ \"deprecated\": [ { \"symbol\": \"T:A\", \"replacement\": \"x\", /* same key, escaped */ \"s\\u0079mbol\": \"T:B\" } ] }",
        "conf/ssot.json(1,*): $.deprecated[0]: the key 'symbol' is given twice*")]
    public void Parse_DuplicateKeyInOneObject_IsAnErrorNamingBothLines(string json, string message)
    {
        Action act = () => Parse(json);

        act.Should().Throw<SsotRegistryException>().WithMessage(message);
    }

    [Fact]
    public void Parse_SameKeyInDifferentObjects_IsNotADuplicate()
    {
        SsotRegistry registry = Parse("""{ "deprecated": [ { "symbol": "T:A", "replacement": "x" }, { "symbol": "T:B", "replacement": "x" } ], "canonical": [ { "symbol": "T:C" } ] }""");

        registry.Deprecated.Select(d => d.Symbol).Should().Equal("T:A", "T:B");
    }
    private const string OneCanonical = "\"canonical\": [ { \"symbol\": \"T:Chat.Manager\" } ]";

    [Fact]
    public void Parse_DuplicateSurface_ReadsThresholdMinimumAndAllowList()
    {
        SsotRegistry registry = Parse($$"""{ {{OneCanonical}}, "duplicateSurface": { "threshold": 0.9, "minimumMembers": 3, "allow": [ "Chat.Legacy.HubAdapter", "Chat.Adapters.*" ] } }""");

        registry.DuplicateSurface.Threshold.Should().Be(0.9);
        registry.DuplicateSurface.MinimumMembers.Should().Be(3);
        registry.DuplicateSurface.Allow.Should().Equal("Chat.Legacy.HubAdapter", "Chat.Adapters.*");
        registry.WithDeprecated([]).DuplicateSurface.Should().BeSameAs(registry.DuplicateSurface);
    }

    [Fact]
    public void Parse_NoDuplicateSurface_UsesTheDefaults()
    {
        DuplicateSurfaceOptions options = Parse($$"""{ {{OneCanonical}} }""").DuplicateSurface;

        (options.Threshold, options.MinimumMembers, options.Allow.Count).Should().Be((0.8, 5, 0));
    }

    [Theory]
    [InlineData("""{ "threshold": "0.8" }""", "$.duplicateSurface.threshold: \"0.8\" (a string) is not a share of the canonical type's members: give a number more than 0 and at most 1 (default 0.8).")]
    [InlineData("""{ "threshold": 80 }""", "$.duplicateSurface.threshold: 80 is not a share of the canonical type's members: give a number more than 0 and at most 1 (default 0.8); for 80% write 0.8.")]
    [InlineData("""{ "threshold": 0 }""", "$.duplicateSurface.threshold: 0 is not a share*")]
    [InlineData("""{ "threshold": -0.5 }""", "$.duplicateSurface.threshold: -0.5 is not a share*")]
    [InlineData("""{ "minimumMembers": 0 }""", "$.duplicateSurface.minimumMembers: 0 is not a member count: give a whole number of at least 1 (default 5).")]
    [InlineData("""{ "minimumMembers": 2.5 }""", "$.duplicateSurface.minimumMembers: 2.5 is not a member count*")]
    [InlineData("""{ "allow": "Chat.*" }""", "$.duplicateSurface.allow: must be an array.")]
    [InlineData("""{ "allow": [ "Chat.Ok", "" ] }""", "$.duplicateSurface.allow[1]: '' is empty; give a fully qualified type name such as Chat.Legacy.HubAdapter or a glob such as Chat.Adapters.*.")]
    [InlineData("""{ "allow": [ "Chat/Legacy/*.cs" ] }""", "$.duplicateSurface.allow[0]: 'Chat/Legacy/*.cs' '/' cannot appear in a type name*")]
    [InlineData("""{ "allow": [ 3 ] }""", "$.duplicateSurface.allow[0]: 3 is not a string*")]
    [InlineData("""{ "treshold": 0.8 }""", "$.duplicateSurface.treshold: unknown field; allowed: threshold, minimumMembers, allow.")]
    [InlineData("""0.8""", "$.duplicateSurface: must be an object such as*")]
    public void Parse_BadDuplicateSurfaceValue_NamesFileJsonPathAndWhatToGive(string value, string expected)
    {
        Action act = () => Parse($$"""{ {{OneCanonical}}, "duplicateSurface": {{value}} }""");

        act.Should().Throw<SsotRegistryException>().WithMessage("conf/ssot.json: " + expected);
    }

    [Theory]
    [InlineData("Chat.Adapters.*", "Chat.Adapters.HubAdapter", true)]
    [InlineData("Chat.Adapters.*", "Chat.Adapters.Sub.HubAdapter", false)]
    [InlineData("Chat.**", "Chat.Adapters.Sub.HubAdapter", true)]
    [InlineData("Chat.Legacy.HubAdapter", "Chat.Legacy.HubAdapter", true)]
    [InlineData("Chat.Legacy.HubAdapter", "Chat.Legacy.HubAdapterV2", false)]
    [InlineData("Chat.Outer+Inner", "Chat.Outer.Inner", true)]
    public void IsAllowed_NameOrGlob_MatchesFullyQualifiedTypeNames(string pattern, string type, bool expected)
    {
        new DuplicateSurfaceOptions(allow: [pattern]).IsAllowed(type).Should().Be(expected);
    }

    [Fact]
    public void DuplicateSurfaceOptions_OutOfRangeValues_AreRejectedNamingTheParameter()
    {
        FluentActions.Invoking(() => new DuplicateSurfaceOptions(threshold: 1.5)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("threshold");
        FluentActions.Invoking(() => new DuplicateSurfaceOptions(minimumMembers: 0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("minimumMembers");
        FluentActions.Invoking(() => new DuplicateSurfaceOptions(allow: ["a b"])).Should().Throw<ArgumentException>().WithMessage("Allow pattern 'a b': ' ' cannot appear in a type name*");
    }
}
