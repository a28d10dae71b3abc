using FluentAssertions;
using Ssot.TestFramework.Common;
using Ssot.TestFramework.ExpectedFailures.Sdk;
using Ssot.TestFramework.Fixtures.Suites;
using Ssot.TestFramework.Sdk;
using Ssot.TestFramework.Testing;

#pragma warning disable xUnit1000 // Internal on purpose: driven by hand.

namespace Ssot.TestFramework.Fixtures.Tests.Suites.Imports;

/// <summary>
/// Relative paths of the suite resolve against the test project's folder stamped into the test assembly (here the
/// kit's own, stamped through the repository's Directory.Build.targets), and a missing registry or source root is
/// named in the suite's terms. Each CI system's variable keeps a missing baseline from being created.
/// </summary>
public sealed class ImportComplianceSuitePathTests
{
    private static string KitTestProject => Path.Combine(KitPaths.RepositoryRoot(), "tests", "Ssot.TestFramework.Fixtures.Tests");

    public static TheoryData<string, string> SystemVariables => CiSystems.Variables;

    [Fact]
    public async Task CheckRule_RelativeRegistryPathThatIsMissing_NamesTheOverrideThePathAndTheStampedFolder()
    {
        string missing = "missing-" + Guid.NewGuid().ToString("N") + ".json";
        var suite = new PathSuite(missing, sourceRoot: null);

        Action run = () => suite.SSOT001_NoDeprecatedUsage();

        string message = run.Should().Throw<FileNotFoundException>().Which.Message;
        await ((IAsyncLifetime)suite).DisposeAsync();
        message.Should().Be(
            $"The registry '{Path.Combine(KitTestProject, missing)}' does not exist: RegistryPath is '{missing}', resolved against the test project's folder "
            + $"'{KitTestProject}' (stamped into Ssot.TestFramework.Fixtures.Tests at build time). Create the ssot.json there, or override RegistryPath with a path relative to that folder or an absolute one.");
        message.Should().NotContain("--registry");
    }

    [Fact]
    public async Task CheckRule_AbsoluteRegistryPathThatIsMissing_SaysItIsAbsolute()
    {
        string missing = Path.Combine(Path.GetTempPath(), "ssot-missing-" + Guid.NewGuid().ToString("N"), "ssot.json");
        var suite = new PathSuite(missing, sourceRoot: null);

        Action run = () => suite.SSOT002_NoDeprecatedImport();

        run.Should().Throw<FileNotFoundException>().Which.Message.Should()
            .StartWith($"The registry '{missing}' does not exist: RegistryPath is '{missing}' (absolute); relative paths would resolve against the test project's folder '{KitTestProject}'")
            .And.NotContain("--registry");
        await ((IAsyncLifetime)suite).DisposeAsync();
    }

    [Fact]
    public async Task CheckRule_RelativeRegistryPathThatExists_IsResolvedAgainstTheStampedFolderAndScans()
    {
        using var tree = new ScannedTree("Remediated");
        string relative = Path.GetRelativePath(KitTestProject, tree.Registry);
        var suite = new PathSuite(relative, sourceRoot: null, results: Path.Combine(tree.Root, "results"));

        suite.SSOT001_NoDeprecatedUsage();
        await ((IAsyncLifetime)suite).DisposeAsync();

        suite.Printed.Should().Contain($"[ssot] scanned {tree.Root} with {tree.Registry}").And.Contain("SSOT001 DeprecatedUsage: no violations");
    }

    [Fact]
    public async Task CheckRule_RelativeSourceRootThatIsMissing_NamesTheOverrideAndTheStampedFolder()
    {
        using var tree = new ScannedTree("Remediated");
        var suite = new PathSuite(tree.Registry, sourceRoot: "no-such-source");

        Action run = () => suite.SSOT001_NoDeprecatedUsage();

        run.Should().Throw<DirectoryNotFoundException>().WithMessage(
            $"The source root '{Path.Combine(KitTestProject, "no-such-source")}' does not exist: SourceRoot is 'no-such-source', resolved against the test project's folder '{KitTestProject}' (stamped into*");
        await ((IAsyncLifetime)suite).DisposeAsync();
    }

    // Where the attribute and RegistryPath agree, the checks run as usual: tests/SuiteTraits.Sample's TrackedImports and
    // the ChatBackend sample (SuiteTraitsRunTests, .ci/run) are that case, on real runs.
    [Fact]
    public async Task CheckRule_RegistryAttributeNamingAnotherFile_FailsNamingBoth()
    {
        using var tree = new ScannedTree("Remediated");
        var suite = new MisnamedSuite(tree.Registry);

        Action run = () => suite.SSOT001_NoDeprecatedUsage();

        run.Should().Throw<SuiteCheckException>().WithMessage(
            $"[SsotRegistry(\"other/ssot.json\")] on MisnamedSuite names '{Path.Combine(KitTestProject, "other", "ssot.json")}', but RegistryPath resolves to '{tree.Registry}'*Name the same file in both.");
        await ((IAsyncLifetime)suite).DisposeAsync();
    }

    [Theory]
    [MemberData(nameof(SystemVariables))]
    public async Task CheckRule_MissingBaselineOnCiSystem_FailsAndCreatesNothing(string variable, string value)
    {
        using var tree = new ScannedTree("Legacy");
        Suite suite = tree.Suite(useBaseline: true, ci: false);
        suite.SetEnvironment(CiDetector.OverrideVariable, null);
        suite.SetEnvironment(variable, value);

        Action run = () => suite.SSOT001_NoDeprecatedUsage();

        run.Should().Throw<SuiteCheckException>().Which.Message.Should().Contain("new SSOT001");
        await ((IAsyncLifetime)suite).DisposeAsync();
        suite.Printed.Should().Contain("On CI it is never created silently");
        File.Exists(tree.Baseline).Should().BeFalse();
    }

    [Fact]
    public async Task CheckRule_MissingBaselineOffCi_CreatesIt()
    {
        using var tree = new ScannedTree("Legacy");
        Suite suite = tree.Suite(useBaseline: true, ci: false);

        ExpectedFailureContext.Current = new ExpectedFailureContext();
        try
        {
            Action run = () => suite.SSOT001_NoDeprecatedUsage();

            run.Should().Throw<SuiteCheckException>().Which.Message.Should().Contain("are in the baseline, pending remediation");
        }
        finally
        {
            ExpectedFailureContext.Current = null;
            await ((IAsyncLifetime)suite).DisposeAsync();
        }

        File.ReadAllText(tree.Baseline).Should().Contain("\"rule\": \"SSOT001\"");
    }
}

[SsotRegistry("other/ssot.json")]
internal sealed class MisnamedSuite(string registry) : PathSuiteBase(registry, sourceRoot: null);

internal sealed class PathSuite(string registry, string? sourceRoot, string? results = null) : PathSuiteBase(registry, sourceRoot, results);

internal abstract class PathSuiteBase : ImportComplianceSuite
{
    private readonly string _registry;
    private readonly string? _sourceRoot;

    /// <param name="registry">The RegistryPath override.</param>
    /// <param name="sourceRoot">The SourceRoot override, or <see langword="null"/> for the default.</param>
    /// <param name="results">SSOT_RESULTS_DIR for this suite (a test's own temp folder), or <see langword="null"/> when no scan runs.</param>
    protected PathSuiteBase(string registry, string? sourceRoot, string? results = null)
        : base(new RecordingOutput(), new SsotTestIdentity("Kit.Paths", "Check", "Kit.Paths.Check " + Guid.NewGuid().ToString("N")))
    {
        _registry = registry;
        _sourceRoot = sourceRoot;
        Env.Set("CI", null);
        Env.Set("SSOT_CI", "0");
        Env.Set("SSOT_RESULTS_DIR", results ?? Path.Combine(Path.GetTempPath(), "ssot-pathsuite-unused-" + Guid.NewGuid().ToString("N")));
        WriteMetricsReport = false;
    }

    protected override string RegistryPath => _registry;

    protected override string SourceRoot => _sourceRoot ?? base.SourceRoot;

    protected override string? BaselinePath => null;

    public string Printed => string.Join(Environment.NewLine, ((RecordingOutput)Output.Helper).Lines);
}
