namespace Ssot.TestFramework.ExpectedFailures.Sdk;

/// <summary>The settings of an expected-failure attribute cannot be read; discovery turns it into an error test case
/// that names the test method and says what to do (<see cref="ExpectedFailureDiscovery"/>).</summary>
internal sealed class ExpectedFailureSettingsException(string message, Exception? innerException)
    : Exception(message, innerException);
