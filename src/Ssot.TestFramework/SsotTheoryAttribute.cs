using Ssot.TestFramework.ExpectedFailures;
using Xunit;
using Xunit.Sdk;

namespace Ssot.TestFramework;

/// <summary>
/// A plain theory that honours <see cref="ExpectedToFailRowAttribute"/> rows and <see cref="ExpectedFailure.Declare"/>:
/// unmarked rows behave exactly like <c>[Theory]</c> rows.
/// </summary>
/// <remarks>Thread-safe once constructed.</remarks>
[XunitTestCaseDiscoverer("Ssot.TestFramework.ExpectedFailures.Sdk.SsotTheoryDiscoverer", "Ssot.TestFramework")]
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class SsotTheoryAttribute : TheoryAttribute
{
}
