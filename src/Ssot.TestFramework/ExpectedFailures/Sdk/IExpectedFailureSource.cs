namespace Ssot.TestFramework.ExpectedFailures.Sdk;

/// <summary>An attribute that carries expected-failure settings.</summary>
internal interface IExpectedFailureSource
{
    /// <summary>Builds the settings this attribute declares.</summary>
    ExpectedFailureSettings ToSettings();
}
