using Ssot.TestFramework.Testing;

namespace Ssot.TestFramework.Tests.Sdk;

/// <summary>
/// Runs tests/IdentityWrapper.Sample (a wrapping output helper, no kit test framework) three times with `dotnet test`:
/// twice alike, to show the seeds are deterministic, and once with <c>SSOT_SEED=777</c>.
/// </summary>
public sealed class IdentityWrapperRunFixture : IDisposable
{
    public const int SeedOverride = 777;

    private readonly string _root = Path.Combine(Path.GetTempPath(), "ssot-identity-wrapper-" + Guid.NewGuid().ToString("N"));

    public IdentityWrapperRunFixture()
    {
        string project = Path.Combine(KitPaths.RepositoryRoot(), "tests", "IdentityWrapper.Sample", "IdentityWrapper.Sample.csproj");
        ReportDirectory = Path.Combine(_root, "ssot");
        First = SampleRuns.Test(project, _root, "first.trx", build: true, new Dictionary<string, string?> { ["SSOT_RESULTS_DIR"] = ReportDirectory });
        Second = SampleRuns.Test(project, _root, "second.trx", build: false, new Dictionary<string, string?> { ["SSOT_RESULTS_DIR"] = Path.Combine(_root, "ssot-second") });
        Overridden = SampleRuns.Test(project, _root, "seed.trx", build: false, new Dictionary<string, string?>
        {
            ["SSOT_RESULTS_DIR"] = Path.Combine(_root, "ssot-seed"),
            ["SSOT_SEED"] = SeedOverride.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
    }

    public TrxRun First { get; }

    public TrxRun Second { get; }

    public TrxRun Overridden { get; }

    /// <summary>Gets the reports folder of <see cref="First"/>.</summary>
    public string ReportDirectory { get; }

    public void Dispose() => SampleRuns.DeleteQuietly(_root);
}
