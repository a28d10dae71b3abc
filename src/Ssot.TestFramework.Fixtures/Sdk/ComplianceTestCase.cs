using System.ComponentModel;
using Ssot.TestFramework.ExpectedFailures.Sdk;
using Ssot.TestFramework.Sdk;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Ssot.TestFramework.Fixtures.Sdk;

/// <summary>
/// A suite check: runs as an <see cref="ExpectedFailureTestCase"/> without settings (like <c>[SsotFact]</c>) and adds
/// the discovery-time <see cref="ComplianceTraits"/>. Serialises them, so a single test run from Test Explorer keeps
/// the traits without reading the registry again.
/// </summary>
internal sealed class ComplianceTestCase : ExpectedFailureTestCase
{
    private const string Prefix = "Ssot.Compliance.";

    private ComplianceTraits _compliance = ComplianceTraits.None;

    /// <summary>Called by the de-serializer.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes", true)]
    public ComplianceTestCase()
    {
    }

    public ComplianceTestCase(
        IMessageSink diagnosticMessageSink,
        TestMethodDisplay defaultMethodDisplay,
        TestMethodDisplayOptions defaultMethodDisplayOptions,
        ITestMethod testMethod,
        ComplianceTraits compliance)
        : base(diagnosticMessageSink, defaultMethodDisplay, defaultMethodDisplayOptions, testMethod, settings: null)
    {
        _compliance = compliance;
    }

    /// <summary>Gets the discovery-time traits.</summary>
    public ComplianceTraits Compliance => _compliance;

    public override void Serialize(IXunitSerializationInfo data)
    {
        base.Serialize(data);
        data.AddValue(Prefix + "Issues", string.Join("\n", _compliance.Issues));
        data.AddValue(Prefix + "ExpectedToFail", _compliance.ExpectedToFail);
    }

    public override void Deserialize(IXunitSerializationInfo data)
    {
        string issues = data.GetValue<string>(Prefix + "Issues") ?? string.Empty;
        _compliance = new ComplianceTraits(issues.Length == 0 ? [] : issues.Split('\n'), data.GetValue<bool>(Prefix + "ExpectedToFail"));
        base.Deserialize(data);
    }

    protected override void Initialize()
    {
        base.Initialize();
        _compliance.ApplyTo(Traits);
    }
}
