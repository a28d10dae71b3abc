using FluentAssertions;
using Ssot.TestFramework.Common;
using Ssot.TestFramework.Fixtures.Sdk;
using Ssot.TestFramework.Fixtures.Suites;
using Xunit.Sdk;

namespace Ssot.TestFramework.Fixtures.Tests.Sdk;

/// <summary>What a class's [SsotRegistry] gives each rule's check at discovery, over real registry and baseline files.</summary>
public sealed class ComplianceTraitReaderTests : IDisposable
{
    private const string Registry = """
        {
          "canonical": [ { "symbol": "T:Shop.Clock" } ],
          "deprecated": [ { "symbol": "T:Shop.OldClock", "replacement": "Shop.Clock", "issue": "#1066" } ]
        }
        """;

    private readonly string _root = Path.Combine(Path.GetTempPath(), "ssot-trait-reader-" + Guid.NewGuid().ToString("N"));
    private readonly RecordingSink _sink = new();

    public ComplianceTraitReaderTests()
    {
        Directory.CreateDirectory(_root);
        Write("ssot.json", Registry);
        Write("ssot.baseline.json", Baseline("SSOT001"));
    }

    private ComplianceTraitReader Reader => new(_sink, p => Path.Combine(_root, p));

    [Fact]
    public void Read_RuleWithBaselineEntries_GivesItsIssuesAndExpectedToFail()
    {
        Reader.Read(Reflector.Wrap(typeof(NamedRegistry)), "SSOT001").Should().BeEquivalentTo(new ComplianceTraits(["#1066"], true));
        _sink.Messages.Should().BeEmpty();
    }

    [Fact]
    public void Read_RuleWithoutBaselineEntries_GivesItsIssuesOnly_AndACanonicalRuleNone()
    {
        ComplianceTraitReader reader = Reader;

        reader.Read(Reflector.Wrap(typeof(NamedRegistry)), "SSOT002").Should().BeEquivalentTo(new ComplianceTraits(["#1066"], false));
        reader.Read(Reflector.Wrap(typeof(NamedRegistry)), "SSOT006").Should().BeEquivalentTo(new ComplianceTraits([], false));
    }

    [Fact]
    public void Read_WithoutAttributeOrRule_GivesCategoryOnly_AndReadsNothing()
    {
        File.Delete(Path.Combine(_root, "ssot.json"));

        Reader.Read(Reflector.Wrap(typeof(PlainOverride)), "SSOT001").Should().BeSameAs(ComplianceTraits.None);
        Reader.Read(Reflector.Wrap(typeof(NamedRegistry)), null).Should().BeSameAs(ComplianceTraits.None);
        _sink.Messages.Should().BeEmpty();
    }

    [Fact]
    public void Read_AttributeOnABaseClass_IsInherited() =>
        Reader.Read(Reflector.Wrap(typeof(InheritsRegistry)), "SSOT001").Issues.Should().Equal("#1066");

    [Fact]
    public void Read_ExplicitBaselinePath_IsTheOneRead()
    {
        Directory.CreateDirectory(Path.Combine(_root, "other"));
        Write(Path.Combine("other", "base.json"), Baseline("SSOT005"));
        ComplianceTraitReader reader = Reader;

        reader.Read(Reflector.Wrap(typeof(NamedBaseline)), "SSOT005").ExpectedToFail.Should().BeTrue();
        reader.Read(Reflector.Wrap(typeof(NamedBaseline)), "SSOT001").ExpectedToFail.Should().BeFalse();
    }

    [Fact]
    public void Read_MissingBaseline_IsNoExpectedFailure_AndNoError()
    {
        File.Delete(Path.Combine(_root, "ssot.baseline.json"));

        Reader.Read(Reflector.Wrap(typeof(NamedRegistry)), "SSOT001").Should().BeEquivalentTo(new ComplianceTraits(["#1066"], false));
        _sink.Messages.Should().BeEmpty();
    }

    [Fact]
    public void Read_MissingRegistry_GivesNoTraits_AndOneDiagnosticPerClassNamingTheFile()
    {
        File.Delete(Path.Combine(_root, "ssot.json"));
        ComplianceTraitReader reader = Reader;

        reader.Read(Reflector.Wrap(typeof(NamedRegistry)), "SSOT001").Should().BeSameAs(ComplianceTraits.None);
        reader.Read(Reflector.Wrap(typeof(NamedRegistry)), "SSOT002").Should().BeSameAs(ComplianceTraits.None);

        _sink.Messages.Should().ContainSingle().Which.Should().Be(
            $"[ssot] {typeof(NamedRegistry).FullName}: the registry {Path.Combine(_root, "ssot.json")} named by [SsotRegistry] could not be read at discovery, so its checks carry no Issue traits; they report the error when they run: {Path.Combine(_root, "ssot.json")}: cannot read the registry file (Could not find file '{Path.Combine(_root, "ssot.json")}'.). Pass an existing ssot.json with --registry.");
    }

    [Fact]
    public void Read_MalformedRegistry_GivesNoTraits_AndTheLoadersMessageOnOneLine()
    {
        Write("ssot.json", "{ \"deprecated\": [ }");

        Reader.Read(Reflector.Wrap(typeof(NamedRegistry)), "SSOT001").Should().BeSameAs(ComplianceTraits.None);

        string message = _sink.Messages.Should().ContainSingle().Subject;
        message.Should().Contain($"the registry {Path.Combine(_root, "ssot.json")} named by [SsotRegistry] could not be read at discovery")
            .And.Contain("invalid JSON").And.NotContain("\n");
    }

    [Fact]
    public void Read_CorruptBaseline_KeepsTheIssues_DropsExpectedToFail_AndNamesTheBaseline()
    {
        Write("ssot.baseline.json", "not json");

        Reader.Read(Reflector.Wrap(typeof(NamedRegistry)), "SSOT001").Should().BeEquivalentTo(new ComplianceTraits(["#1066"], false));

        _sink.Messages.Should().ContainSingle().Which.Should().StartWith(
            $"[ssot] {typeof(NamedRegistry).FullName}: the baseline {Path.Combine(_root, "ssot.baseline.json")} could not be read at discovery, so no check carries Category=ExpectedToFail from it");
    }

    [Fact]
    public void Read_AttributeNamingNoFile_SaysWhatToWrite()
    {
        Reader.Read(Reflector.Wrap(typeof(EmptyName)), "SSOT001").Should().BeSameAs(ComplianceTraits.None);

        _sink.Messages.Should().ContainSingle().Which.Should().Contain("[SsotRegistry] names no registry file; name the file RegistryPath names, e.g. [SsotRegistry(\"ssot.json\")]");
    }

    [Fact]
    public void Read_DefaultResolution_IsTheSuitesRegistryPathResolution()
    {
        new ComplianceTraitReader(_sink).Read(Reflector.Wrap(typeof(NamedNowhere)), "SSOT001").Should().BeSameAs(ComplianceTraits.None);

        // The suite resolves RegistryPath against SsotProjectDirectory.For(its class's assembly): the stamp of this test project.
        string atRunTime = SsotProjectDirectory.For(typeof(NamedNowhere).Assembly).ResolvePath(NamedNowhere.Path);
        SsotProjectDirectory.Stamped(typeof(NamedNowhere).Assembly).Should().NotBeNull("the kit's test project is stamped by Directory.Build.targets");
        _sink.Messages.Should().ContainSingle().Which.Should().Contain($"the registry {atRunTime} named by [SsotRegistry]");
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static string Baseline(string rule) =>
        $$"""{ "version": 1, "entries": [ { "rule": "{{rule}}", "file": "Uses.cs", "member": "Shop.Uses.Tick()", "symbol": "T:Shop.OldClock", "count": 1 } ] }""";

    private void Write(string name, string text) => File.WriteAllText(Path.Combine(_root, name), text);

    [SsotRegistry("ssot.json")]
    internal abstract class NamedRegistry;

    internal abstract class InheritsRegistry : NamedRegistry;

    [SsotRegistry("ssot.json", BaselinePath = "other/base.json")]
    internal abstract class NamedBaseline;

    internal abstract class PlainOverride;

    [SsotRegistry("")]
    internal abstract class EmptyName;

    [SsotRegistry(Path)]
    internal abstract class NamedNowhere
    {
        public const string Path = "no-such-folder-0f3a/ssot.json";
    }
}
