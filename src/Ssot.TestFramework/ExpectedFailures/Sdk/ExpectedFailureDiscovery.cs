using Xunit.Abstractions;
using Xunit.Sdk;

namespace Ssot.TestFramework.ExpectedFailures.Sdk;

/// <summary>What both discoverers do with the attribute they were given: read its settings once, at discovery (they
/// are serialised with the test case), or turn a setting that cannot be read into an error test case.</summary>
internal static class ExpectedFailureDiscovery
{
    /// <summary>Creates the test case of <paramref name="testMethod"/>.</summary>
    /// <param name="diagnosticMessageSink">The discoverer's diagnostic sink.</param>
    /// <param name="discoveryOptions">The discovery options (method display).</param>
    /// <param name="testMethod">The test method.</param>
    /// <param name="attribute">The method's fact or theory attribute, as discovery sees it.</param>
    /// <param name="marker">The attribute's marker (<see cref="ExpectedFailureSettings.FactMarker"/>, ...), or
    /// <see langword="null"/> for <c>[SsotFact]</c>/<c>[SsotTheory]</c>, which carry no settings.</param>
    /// <param name="create">Creates the test case from the settings.</param>
    public static IXunitTestCase Create(
        IMessageSink diagnosticMessageSink,
        ITestFrameworkDiscoveryOptions discoveryOptions,
        ITestMethod testMethod,
        IAttributeInfo attribute,
        string? marker,
        Func<ExpectedFailureSettings?, IXunitTestCase> create)
    {
        ExpectedFailureSettings? settings;
        try
        {
            settings = marker is null ? null : ExpectedFailureSettings.FromAttribute(attribute, marker);
        }
        catch (ExpectedFailureSettingsException ex)
        {
            string method = $"{testMethod.TestClass.Class.Name}.{testMethod.Method.Name}";
            return new ExecutionErrorTestCase(diagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, $"{method}: {ex.Message}");
        }

        return create(settings);
    }
}
