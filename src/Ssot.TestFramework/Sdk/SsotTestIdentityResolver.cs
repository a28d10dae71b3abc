using System.Reflection;
using Xunit.Abstractions;

namespace Ssot.TestFramework.Sdk;

/// <summary>
/// Finds the identity of the test whose class is being constructed, in this order (docs/base-test-case.md, "How a test
/// knows its identity"):
/// <list type="number">
/// <item><see cref="SsotCurrentTest"/>, set by the kit's own runners and by <see cref="SsotTestFramework"/>: full identity.</item>
/// <item>The documented fallback: the private field <c>test</c> of xUnit 2.9's <c>TestOutputHelper</c>, when the class
/// was given xUnit's own helper (plain <c>[Fact]</c> with <c>SsotTestFramework=false</c>): full identity.</item>
/// <item>Neither (a wrapping helper, another runner): an identity from the class alone, the same for every test of the
/// class, so the seed is still deterministic and <c>SSOT_SEED</c> still overrides it. The test never fails here.</item>
/// </list>
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class SsotTestIdentityResolver
{
    /// <summary>The method name of an identity known from its class alone.</summary>
    public const string UnknownMethod = "(test method unknown)";

    /// <summary>The one place the kit reads a private field of xUnit (xUnit 2.9.3's <c>TestOutputHelper.test</c>);
    /// <c>SsotTestIdentityResolverTests</c> fails loudly when an xUnit update renames or retypes it.</summary>
    internal static readonly FieldInfo? s_outputHelperTestField =
        typeof(Xunit.Sdk.TestOutputHelper).GetField("test", BindingFlags.Instance | BindingFlags.NonPublic);

    /// <summary>Resolves the identity of the running test of <paramref name="testClass"/>; never throws for a helper it
    /// cannot read.</summary>
    /// <param name="output">The helper the test class was given.</param>
    /// <param name="testClass">The class being constructed (<c>GetType()</c>).</param>
    public static SsotTestIdentity Resolve(ITestOutputHelper output, Type testClass)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(testClass);
        string className = testClass.FullName ?? testClass.Name;
        if (SsotCurrentTest.Of(className) is { } current)
        {
            return FromTest(current.Test);
        }

        if (output is Xunit.Sdk.TestOutputHelper helper && s_outputHelperTestField?.GetValue(helper) is ITest test && IsOf(test, className))
        {
            return FromTest(test);
        }

        return ForClass(className);
    }

    /// <summary>The identity of a test whose method cannot be known: class name, <see cref="UnknownMethod"/>, and the
    /// class name as display name.</summary>
    public static SsotTestIdentity ForClass(string className) => new(className, UnknownMethod, className);

    public static SsotTestIdentity FromTest(ITest test)
    {
        ArgumentNullException.ThrowIfNull(test);
        ITestMethod method = test.TestCase.TestMethod;
        return new SsotTestIdentity(method.TestClass.Class.Name, method.Method.Name, test.DisplayName);
    }

    /// <summary>Whether <paramref name="test"/> belongs to the class being constructed (a test started on this flow
    /// by another runner must not lend its identity to an unrelated class).</summary>
    internal static bool IsOf(ITest test, string className) =>
        string.Equals(test.TestCase?.TestMethod?.TestClass?.Class?.Name, className, StringComparison.Ordinal);
}
