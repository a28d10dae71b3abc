using FluentAssertions;
using Ssot.TestFramework.Compliance.Rules;
using Ssot.TestFramework.Compliance.Tests.Projects;
using Ssot.TestFramework.Testing;

namespace Ssot.TestFramework.Compliance.Tests.Rules;

/// <summary>
/// A temp copy of <c>Trees/Drift</c> (three projects: the canonical manager, a renamed copy of it in a project that never
/// references it, and an app with the look-alikes that must not report), restored once per test class.
/// </summary>
public sealed class DriftFixture : IDisposable
{
    public DriftFixture()
    {
        Root = ExactFixture.Copy(TreeFixture.PathOf("Drift"));
        (int code, string output) = DotnetCli.Run(Root, ["restore", "Drift.sln"]);
        if (code != 0)
        {
            throw new InvalidOperationException($"dotnet restore of the drift fixture failed ({code}):\n{output}");
        }
    }

    public string Root { get; }

    public string RegistryJson => File.ReadAllText(Path.Combine(Root, "ssot.json"));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

/// <summary>SSOT006's surface check: a renamed copy of the canonical manager is a duplicate implementation.</summary>
public sealed class DuplicateSurfaceTests(DriftFixture fixture, ITestOutputHelper output) : IClassFixture<DriftFixture>
{
    private const string Copy = "Legacy/SocketHub.cs";

    private ScanResult Scan(ScanMode mode, string? duplicateSurface = null)
    {
        string json = fixture.RegistryJson;
        if (duplicateSurface is not null)
        {
            int at = json.IndexOf("\"duplicateSurface\"", StringComparison.Ordinal);
            json = json[..at] + "\"duplicateSurface\": " + duplicateSurface + "\n}\n";
        }

        SsotRegistry registry = SsotRegistryLoader.Parse(json, Path.Combine(fixture.Root, "ssot.json"), fixture.Root);
        ScanResult result = SsotScanner.Scan(new ScanOptions(fixture.Root) { Mode = mode, UseCache = false }, registry);
        foreach (Violation v in result.Violations)
        {
            output.WriteLine($"{mode}: {v.RuleId} {v.Location} [{v.EnclosingMember}] {v.Message}");
        }

        result.Diagnostics.Should().BeEmpty();
        return result;
    }

    private static string[] Surface(ScanResult result) =>
        result.Violations.Where(v => v.RuleId == SsotRuleIds.DuplicateImplementation).Select(v => $"{v.File}:{v.Line} {v.EnclosingMember}").Order(StringComparer.Ordinal).ToArray();

    [Theory]
    [InlineData(ScanMode.Exact)]
    [InlineData(ScanMode.Source)]
    public void Scan_RenamedCopyOfTheCanonicalManager_IsSsot006WithItsSimilarity(ScanMode mode)
    {
        ScanResult result = Scan(mode);

        int line = TreeFixture.LineOf("Drift", Copy, "public sealed class SocketHub");
        Violation v = result.Violations.Should().ContainSingle().Subject;
        v.RuleId.Should().Be(SsotRuleIds.DuplicateImplementation);
        (v.File, v.Line, v.Column).Should().Be((Copy, line, 21));
        v.Symbol.Should().Be("T:Chat.WebSockets.WebSocketManager");
        v.EnclosingMember.Should().Be("Chat.Legacy.SocketHub");
        v.Message.Should().StartWith("Chat.Legacy.SocketHub duplicates the public surface of canonical Chat.WebSockets.WebSocketManager: 9 of 10 public members match (90%); not matched: DisposeAsync().")
            .And.Contain("move its callers to Chat.WebSockets.WebSocketManager and delete this copy")
            .And.Contain("duplicateSurface.allow");
        v.TargetFrameworks.Should().Be(mode == ScanMode.Exact ? "net10.0" : null);
    }

    [Fact]
    public void Scan_ExactAndSourceMode_ReportTheSameCopiesWithTheSameFigures()
    {
        const string Loose = """{ "threshold": 0.4, "minimumMembers": 4, "allow": ["Chat.Adapters.*"] }""";
        ScanResult exact = Scan(ScanMode.Exact, Loose);
        ScanResult source = Scan(ScanMode.Source, Loose);

        exact.Engine.IsExact.Should().BeTrue();
        source.Engine.Mode.Should().Be("source");
        string[] exactFindings = exact.Violations.Select(v => $"{v.RuleId} {v.File}:{v.Line} {v.Message}").Order(StringComparer.Ordinal).ToArray();
        exactFindings.Should().HaveCount(2).And.Contain(f => f.Contains("Chat.App.Notifier duplicates the public surface of canonical Chat.WebSockets.WebSocketManager: 4 of 10 public members match (40%)", StringComparison.Ordinal));
        source.Violations.Select(v => $"{v.RuleId} {v.File}:{v.Line} {v.Message}").Order(StringComparer.Ordinal).Should().Equal(exactFindings);
    }

    [Theory]
    [InlineData(ScanMode.Exact)]
    [InlineData(ScanMode.Source)]
    public void Scan_TypesThatAreNoCopy_AreNotReported(ScanMode mode)
    {
        // Not reported: the canonical type's other part, a type sharing 4 of 10 members (Notifier), the allow-listed
        // adapter (Chat.Adapters.*), a decorator holding the canonical type, a generated copy, and a copy of the
        // two-member UserProfile (below minimumMembers).
        Surface(Scan(mode)).Should().Equal($"{Copy}:{TreeFixture.LineOf("Drift", Copy, "public sealed class SocketHub")} Chat.Legacy.SocketHub");
    }

    [Fact]
    public void Scan_AdapterNotAllowListed_IsReportedAndAllowListingItByNameSilencesIt()
    {
        string[] reported = Surface(Scan(ScanMode.Exact, """{ "allow": [] }"""));
        string[] byName = Surface(Scan(ScanMode.Exact, """{ "allow": ["Chat.Adapters.LegacyHubAdapter", "Chat.Legacy.**"] }"""));

        reported.Should().HaveCount(2).And.Contain(r => r.EndsWith(" Chat.Adapters.LegacyHubAdapter", StringComparison.Ordinal));
        byName.Should().BeEmpty();
    }

    [Theory]
    [InlineData("0.9", 1)]
    [InlineData("0.95", 0)]
    [InlineData("1", 0)]
    public void Scan_Threshold_ReportsTheCopyOnlyWhenItsShareReachesIt(string threshold, int expected)
    {
        ScanResult result = Scan(ScanMode.Source, $$"""{ "threshold": {{threshold}}, "allow": ["Chat.Adapters.*"] }""");

        Surface(result).Should().HaveCount(expected);
    }

    [Fact]
    public void Scan_LowerThresholdAndMinimum_ReportTheTypeSharingFourMembers()
    {
        ScanResult strict = Scan(ScanMode.Source, """{ "threshold": 0.4, "minimumMembers": 5 }""");
        ScanResult loose = Scan(ScanMode.Source, """{ "threshold": 0.4, "minimumMembers": 4 }""");

        Surface(strict).Should().NotContain(s => s.EndsWith("Chat.App.Notifier", StringComparison.Ordinal));
        loose.Violations.Should().Contain(v => v.EnclosingMember == "Chat.App.Notifier"
            && v.Message.StartsWith("Chat.App.Notifier duplicates the public surface of canonical Chat.WebSockets.WebSocketManager: 4 of 10 public members match (40%); not matched: Create(ChatUser), DisposeAsync(), IsConnected and 3 more.", StringComparison.Ordinal));
    }

    [Fact]
    public void Scan_MinimumOfOne_StillNeverReportsACanonicalTypesOwnPartsOrItsDecorator()
    {
        ScanResult result = Scan(ScanMode.Exact, """{ "threshold": 0.1, "minimumMembers": 1, "allow": ["Chat.Adapters.*"] }""");

        result.Violations.Select(v => v.EnclosingMember).Should().NotContain(["Chat.WebSockets.WebSocketManager", "Chat.App.LoggingManager", "Chat.App.Generated.GeneratedHub"])
            .And.Contain(["Chat.Legacy.SocketHub", "Chat.App.Notifier", "Chat.App.ProfileDto"]);
        result.Violations.Single(v => v.EnclosingMember == "Chat.App.ProfileDto").Message
            .Should().StartWith("Chat.App.ProfileDto duplicates the public surface of canonical Chat.Models.UserProfile: 2 of 2 public members match (100%).");
    }
}
