using Ssot.TestFramework.Fixtures.Suites;
using Ssot.TestFramework.Testing;

#pragma warning disable xUnit1000 // Internal on purpose: driven by hand, some runs must fail.

namespace Ssot.TestFramework.Fixtures.Tests.Suites.Imports;

/// <summary>A private copy of a checked-in tree, so baselines can be written without touching the sources.</summary>
internal sealed class ScannedTree : IDisposable
{
    private static readonly string s_trees = Path.Combine(AppContext.BaseDirectory, "Trees");

    public ScannedTree(string tree)
    {
        Root = Path.Combine(Path.GetTempPath(), "ssot-suite-" + Guid.NewGuid().ToString("N"));
        foreach (string file in Directory.EnumerateFiles(Path.Combine(s_trees, tree), "*", SearchOption.AllDirectories))
        {
            string target = Path.Combine(Root, Path.GetRelativePath(Path.Combine(s_trees, tree), file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public string Root { get; }

    public string Registry => Path.Combine(Root, "ssot.json");

    public string Baseline => Path.Combine(Root, "ssot.baseline.json");

    public Suite Suite(bool useBaseline = true, bool ci = true, bool update = false) => new(this, useBaseline, ci, update);

    public void Dispose() => Directory.Delete(Root, recursive: true);
}

internal sealed class Suite : ImportComplianceSuite
{
    private readonly ScannedTree _tree;
    private readonly bool _useBaseline;

    public Suite(ScannedTree tree, bool useBaseline, bool ci, bool update)
        : base(new RecordingOutput(), new SsotTestIdentity("Kit.Imports", "Check", "Kit.Imports.Check " + tree.Root))
    {
        _tree = tree;
        _useBaseline = useBaseline;
        Env.Set("CI", ci ? "true" : null);
        Env.Set("SSOT_CI", ci ? "1" : "0"); // whatever CI system runs the kit's own tests
        Env.Set("SSOT_UPDATE_BASELINE", update ? "1" : null);
        WriteMetricsReport = false;
    }

    protected override string RegistryPath => _tree.Registry;

    protected override string? BaselinePath => _useBaseline ? _tree.Baseline : null;

    public string Printed => string.Join(Environment.NewLine, ((RecordingOutput)Output.Helper).Lines);

    /// <summary>Pins a variable for this suite only (its overlay), e.g. <c>SSOT_RESULTS_DIR</c>.</summary>
    public void SetEnvironment(string name, string? value) => Env.Set(name, value);

    /// <summary>Runs one check, then ends the suite's test as xUnit would; returns what the check threw, or <see langword="null"/>.</summary>
    public async Task<Exception?> OutcomeOf(Action<Suite> check)
    {
        try
        {
            check(this);
            return null;
        }
        catch (Exception ex)
        {
            return ex;
        }
        finally
        {
            await ((Xunit.IAsyncLifetime)this).DisposeAsync();
        }
    }
}
