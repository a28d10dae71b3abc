using FluentAssertions;
using Ssot.TestFramework.Compliance.Rules;

namespace Ssot.TestFramework.Compliance.Tests.Rules;

/// <summary>The end state of a migration: a deleted type stays deleted (<c>"removed": true</c>, SSOT007).</summary>
public sealed class RemovedEntryTests : IDisposable
{
    private const string Registry = """
        { "deprecated": [ { "symbol": "T:Shop.Legacy.EmailSender", "replacement": "Shop.Notifications.Notifier", "removed": true } ] }
        """;

    private readonly string _root = Path.Combine(Path.GetTempPath(), "ssot-removed-" + Guid.NewGuid().ToString("N"));

    public RemovedEntryTests()
    {
        Directory.CreateDirectory(_root);
        File.WriteAllText(Path.Combine(_root, "Notifier.cs"), "namespace Shop.Notifications;\npublic sealed class Notifier { public void Send(string to) { } }\n");
    }

    [Fact]
    public void Scan_RemovedSymbolDeclaredNowhere_Passes()
    {
        ScanResult result = SsotScanner.Scan(_root, SsotRegistryLoader.Parse(Registry, "ssot.json", _root));

        result.Violations.Should().BeEmpty();
        result.Warnings.Should().BeEmpty();
    }

    [Fact]
    public void Scan_RemovedSymbolDeclaredAgain_ReportsSsot007AtTheDeclaration()
    {
        File.WriteAllText(Path.Combine(_root, "EmailSender.cs"), "namespace Shop.Legacy;\n\npublic sealed class EmailSender { }\n");

        ScanResult result = SsotScanner.Scan(_root, SsotRegistryLoader.Parse(Registry, "ssot.json", _root));

        Violation v = result.Violations.Should().ContainSingle().Subject;
        v.RuleId.Should().Be(SsotRuleIds.RemovedSymbolDeclared);
        v.Location.Should().Be("EmailSender.cs:3:21");
        v.Message.Should().Contain("was removed").And.Contain("Shop.Notifications.Notifier");
    }

    [Fact]
    public void Scan_EntryNotMarkedRemovedResolvesToNothing_ErrorSuggestsRemoved()
    {
        File.WriteAllText(Path.Combine(_root, "Other.cs"), "namespace Shop.Legacy;\npublic sealed class Other { }\n");
        string registry = """{ "deprecated": [ { "symbol": "T:Shop.Legacy.EmailSender", "replacement": "x" } ] }""";

        Action scan = () => SsotScanner.Scan(_root, SsotRegistryLoader.Parse(registry, "ssot.json", _root));

        scan.Should().Throw<SsotRegistryException>().WithMessage("*'T:Shop.Legacy.EmailSender'*check the spelling*mark the entry \"removed\": true*");
    }

    [Fact]
    public void Parse_RemovedNotABoolean_NamesTheField()
    {
        string registry = """{ "deprecated": [ { "symbol": "T:A.B", "replacement": "x", "removed": "yes" } ] }""";

        Action parse = () => SsotRegistryLoader.Parse(registry, "ssot.json", _root);

        parse.Should().Throw<SsotRegistryException>().WithMessage("*$.deprecated[0].removed*true or false*");
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
