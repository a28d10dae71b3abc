using Xunit.Abstractions;
using System.Reflection;

namespace Ssot.TestFramework.Sdk;

/// <summary>
/// Finds the running test from the <see cref="ITestOutputHelper"/> xUnit injects. xUnit v2 initialises its
/// <c>TestOutputHelper</c> with the current <see cref="ITest"/> before it constructs the test class, so the identity is
/// known in the constructor without walking the stack.
/// </summary>
internal static class SsotTestIdentityResolver
{
    private static readonly FieldInfo? s_testField =
        typeof(Xunit.Sdk.TestOutputHelper).GetField("test", BindingFlags.Instance | BindingFlags.NonPublic);

    public static SsotTestIdentity FromOutput(ITestOutputHelper output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (output is Xunit.Sdk.TestOutputHelper helper && s_testField?.GetValue(helper) is ITest test)
        {
            return FromTest(test);
        }

        throw new ArgumentException(
            $"Cannot tell which test is running from an output helper of type {output.GetType().FullName}. " +
            "Pass the ITestOutputHelper that xUnit injects into the test class constructor, or call the SsotBaseTestCase constructor that takes an SsotTestIdentity.",
            nameof(output));
    }

    public static SsotTestIdentity FromTest(ITest test)
    {
        ArgumentNullException.ThrowIfNull(test);
        ITestMethod method = test.TestCase.TestMethod;
        return new SsotTestIdentity(method.TestClass.Class.Name, method.Method.Name, test.DisplayName);
    }
}
