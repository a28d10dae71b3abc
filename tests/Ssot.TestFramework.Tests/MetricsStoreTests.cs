using FluentAssertions;
using Ssot.TestFramework.Common;
using Ssot.TestFramework.Metrics;
using Ssot.TestFramework.Testing;

namespace Ssot.TestFramework.Tests;

/// <summary>
/// The metrics store on a folder this process cannot write into: the platform may give no way to make one, so the test
/// skips at run time with the kit's <see cref="SsotFactAttribute"/>, which Ssot.TestFramework.Core.Tests cannot reach.
/// The store itself is tested there (Metrics/MetricsStoreTests).
/// </summary>
public sealed class MetricsStoreTests
{
    internal const string RootSkip = "neither chattr +i nor chmod a-w makes a folder unwritable here (the folder-under-a-file case covers it)";

    [SsotFact]
    public void Add_ResultsDirIsReadOnly_ReturnsTheLineWithTheOsReason()
    {
        using var folders = new UnusableFolders();
        string folder = folders.ReadOnlyFolder() ?? throw new SsotSkipException(RootSkip);
        var stderr = new StringWriter();
        var store = new MetricsStore(folder, [new JsonMetricsReportWriter()], new ReportWriteDiagnostics(() => stderr, Variable(folder)));

        string? line = store.Add(new TestMetrics("t", "c", "m", 1, []));

        line.Should().Contain(Path.Combine(folder, MetricsStore.JournalFileName)).And.Contain("denied").And.Contain("point SSOT_RESULTS_DIR at a writable folder");
        Directory.GetFiles(folder).Should().BeEmpty();
    }

    private static Func<string, string?> Variable(string value) => name => name == "SSOT_RESULTS_DIR" ? value : null;
}
