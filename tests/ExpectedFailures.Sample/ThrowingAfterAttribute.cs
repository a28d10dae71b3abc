using System.Reflection;
using Xunit.Sdk;

namespace ExpectedFailures.Sample;

public sealed class ThrowingAfterAttribute : BeforeAfterTestAttribute
{
    public override void After(MethodInfo methodUnderTest) => throw new InvalidOperationException("after hook failed");
}
