using FluentAssertions;
using Ssot.TestFramework.Metrics;
using Ssot.TestFramework.Testing;

namespace Ssot.TestFramework.Tests;

/// <summary>
/// A metric baseline checked through the base class (<c>RecordMetric(...).AtMostBaseline()</c>): the test's baseline
/// path and its environment overlay; the baseline itself is tested in Ssot.TestFramework.Core.Tests
/// (Metrics/MetricBaselineTests).
/// </summary>
public sealed class MetricBaselineTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("ssot-metric-baseline-");

    private string File_ => Path.Combine(_folder.FullName, MetricBaseline.DefaultFileName);

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public void AtMostBaseline_ThroughTheBaseTestCase_UsesTheTestsPathAndEnvironmentOverlay()
    {
        var test = new BaselineTestCase(File_);
        test.SetEnvironment("SSOT_CI", "1");

        Action check = () => test.Check(250);

        check.Should().Throw<MetricBaselineException>().WithMessage($"Metric 'bytes_per_user' = 250 bytes of Kit.Metrics.Base.Check has no accepted figure in the metrics baseline {File_}, and on CI (SSOT_CI=1)*");
    }

    private sealed class BaselineTestCase(string path) : SsotBaseTestCase(new RecordingOutput(), new SsotTestIdentity("Kit.Metrics.Base", "Check", "Kit.Metrics.Base.Check"))
    {
        protected override string MetricBaselinePath => path;

        public void SetEnvironment(string name, string value) => Env.Set(name, value);

        public void Check(double value) => RecordMetric("bytes_per_user", value, "bytes").AtMostBaseline();
    }
}
