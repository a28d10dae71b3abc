using Ssot.TestFramework.ExpectedFailures;
using Xunit;
using Xunit.Sdk;

namespace Ssot.TestFramework;

/// <summary>
/// A plain fact that honours <see cref="ExpectedFailure.Declare"/>: without a declaration it behaves exactly like
/// <c>[Fact]</c>; after a declaration, the body's failure is reported like an <see cref="ExpectedToFailFactAttribute"/> test.
/// </summary>
/// <remarks>Thread-safe once constructed.</remarks>
[XunitTestCaseDiscoverer("Ssot.TestFramework.ExpectedFailures.Sdk.SsotFactDiscoverer", "Ssot.TestFramework")]
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class SsotFactAttribute : FactAttribute
{
}
