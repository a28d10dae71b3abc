using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using Ssot.TestFramework.Common;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Ssot.TestFramework.ExpectedFailures.Sdk;

/// <summary>
/// Serialises a kit test case's <see cref="ITestMethod"/> as two strings instead of xUnit's four nested values
/// (method, class, collection, assembly), and resolves the class part once per class when the runner hands the test
/// cases back to be run.
/// </summary>
/// <remarks>
/// <para>
/// xUnit's own <c>XunitTestCase</c> has a fast path (<c>:F:</c>) that no other test case type can use; every other
/// one serialises its test method as four nested values, each base64-encoded with its type name, and each resolved
/// again by name for every test case (xUnit's deserialisation was 17% of the test host's CPU samples in a trace of
/// 20,000 kit tests). The class part is what xUnit writes (assembly path, configuration file, version, collection id, name and definition,
/// class assembly and type name), so a test case deserialised here is equal to one deserialised by xUnit.
/// </para>
/// <para>
/// Only xUnit's own <see cref="TestMethod"/>, <see cref="TestClass"/>, <see cref="TestCollection"/> and
/// <see cref="TestAssembly"/> over reflection are written this way; anything else (another framework's
/// implementation) keeps xUnit's standard serialisation. Thread-safe: the cache is concurrent and the values it holds
/// are not changed after they are created.
/// </para>
/// </remarks>
internal static class TestMethodSerializer
{
    internal const string ClassKey = "SsotClass";
    internal const string MethodKey = "SsotMethod";
    private const string TestMethodKey = "TestMethod";
    private const string Format = "1";
    private const int ClassParts = 9;

    private static readonly ConcurrentDictionary<string, ITestClass> s_classes = new(StringComparer.Ordinal);

    /// <summary>Runs <paramref name="serialize"/> (the base class's) with the test method written compactly.</summary>
    public static void Serialize(IXunitSerializationInfo data, Action<IXunitSerializationInfo> serialize) =>
        serialize(new Writer(data));

    /// <summary>Runs <paramref name="deserialize"/> (the base class's) with the compact test method resolved.</summary>
    public static void Deserialize(IXunitSerializationInfo data, Action<IXunitSerializationInfo> deserialize) =>
        deserialize(new Reader(data));

    /// <summary>The class part of <paramref name="testMethod"/>, or <see langword="null"/> when xUnit's standard serialisation must be used.</summary>
    internal static string? DescribeClass(ITestMethod? testMethod)
    {
        if (testMethod?.GetType() != typeof(TestMethod)
            || testMethod.TestClass?.GetType() != typeof(TestClass)
            || testMethod.TestClass.TestCollection?.GetType() != typeof(TestCollection)
            || testMethod.TestClass.TestCollection.TestAssembly?.GetType() != typeof(TestAssembly)
            || testMethod.Method is not IReflectionMethodInfo
            || testMethod.TestClass.Class is not IReflectionTypeInfo testClass)
        {
            return null;
        }

        ITestCollection collection = testMethod.TestClass.TestCollection;
        ITestAssembly assembly = collection.TestAssembly;
        ITypeInfo? definition = collection.CollectionDefinition;
        if (assembly.Assembly is not IReflectionAssemblyInfo || (definition is not null && definition is not IReflectionTypeInfo))
        {
            return null;
        }

        string?[] parts =
        [
            Format,
            assembly.Assembly.AssemblyPath,
            assembly.ConfigFileName,
            ((TestAssembly)assembly).Version?.ToString(),
            collection.UniqueID.ToString("N"),
            collection.DisplayName,
            definition?.Assembly.Name,
            definition?.Name,
            testClass.Assembly.Name + "\n" + testClass.Name,
        ];
        return ReportJson.Compact(parts, static (writer, values) =>
        {
            writer.WriteStartArray();
            foreach (string? value in values)
            {
                writer.WriteStringValue(value);
            }

            writer.WriteEndArray();
        });
    }

    /// <summary>Resolves a class part written by <see cref="DescribeClass"/> and the method named <paramref name="methodName"/> in it.</summary>
    internal static ITestMethod Resolve(string classPart, string methodName)
    {
        ITestClass testClass = s_classes.GetOrAdd(classPart, ResolveClass);
        IMethodInfo? method = testClass.Class.GetMethod(methodName, true);
        return method is null
            ? throw Stale(classPart, $"the class {testClass.Class.Name} has no method {methodName}")
            : new TestMethod(testClass, method);
    }

    private static ITestClass ResolveClass(string classPart)
    {
        string?[] parts;
        try
        {
            using var document = JsonDocument.Parse(classPart);
            parts = [.. document.RootElement.EnumerateArray().Select(e => e.GetString())];
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            throw Stale(classPart, ex.Message, ex);
        }

        if (parts.Length != ClassParts || parts[0] != Format || parts[1] is null || parts[4] is null || parts[8] is null
            || !Guid.TryParseExact(parts[4], "N", out Guid collectionId))
        {
            throw Stale(classPart, "it does not have the expected parts");
        }

        Version? version = null;
        if (parts[3] is { } versionText && !Version.TryParse(versionText, out version))
        {
            throw Stale(classPart, $"'{versionText}' is not a version");
        }

        string assemblyPath = parts[1]!;
        Assembly loaded;
        try
        {
            loaded = Assembly.Load(new AssemblyName { Name = Path.GetFileNameWithoutExtension(assemblyPath), Version = version });
        }
        catch (Exception ex) when (ex is IOException or BadImageFormatException)
        {
            throw Stale(classPart, $"the assembly {assemblyPath} cannot be loaded ({ex.Message})", ex);
        }

        var testAssembly = new TestAssembly(Reflector.Wrap(loaded), parts[2], version);
        ITypeInfo? definition = null;
        if (parts[6] is { } definitionAssembly && parts[7] is { } definitionType)
        {
            definition = Reflector.Wrap(SerializationHelper.GetType(definitionAssembly, definitionType)
                ?? throw Stale(classPart, $"the collection definition {definitionType} is not in {definitionAssembly}"));
        }

        var collection = new TestCollection(testAssembly, definition, parts[5], collectionId);
        string[] classNames = parts[8]!.Split('\n');
        Type type = (classNames.Length == 2 ? SerializationHelper.GetType(classNames[0], classNames[1]) : null)
            ?? throw Stale(classPart, $"the class {classNames[^1]} is not in {classNames[0]}");
        return new TestClass(collection, Reflector.Wrap(type));
    }

    private static InvalidOperationException Stale(string classPart, string what, Exception? inner = null) => new(
        $"The serialised test method of this test case ('{ClassKey}' = {classPart}) cannot be resolved: {what}. "
        + "The test case was probably discovered from another build: rebuild the test project and discover the tests again.",
        inner);

    /// <summary>Passes every value through, except the test method, which it writes as the two compact values.</summary>
    private sealed class Writer(IXunitSerializationInfo inner) : IXunitSerializationInfo
    {
        public void AddValue(string key, object? value, Type? type = null)
        {
            if (key == TestMethodKey && value is ITestMethod testMethod && DescribeClass(testMethod) is { } classPart)
            {
                inner.AddValue(ClassKey, classPart, typeof(string));
                inner.AddValue(MethodKey, testMethod.Method.Name, typeof(string));
                return;
            }

            inner.AddValue(key, value, type);
        }

        public object? GetValue(string key, Type type) => inner.GetValue(key, type);

        public T GetValue<T>(string key) => inner.GetValue<T>(key);
    }

    /// <summary>Passes every value through, except the test method, which it resolves from the two compact values when they are there.</summary>
    private sealed class Reader(IXunitSerializationInfo inner) : IXunitSerializationInfo
    {
        public void AddValue(string key, object? value, Type? type = null) => inner.AddValue(key, value, type);

        public object? GetValue(string key, Type type) =>
            key == TestMethodKey && Compact() is { } testMethod ? testMethod : inner.GetValue(key, type);

        public T GetValue<T>(string key) =>
            key == TestMethodKey && Compact() is T testMethod ? testMethod : inner.GetValue<T>(key);

        private ITestMethod? Compact() =>
            inner.GetValue<string>(ClassKey) is { } classPart
                ? Resolve(classPart, inner.GetValue<string>(MethodKey) ?? throw Stale(classPart, $"the value '{MethodKey}' is missing"))
                : null;
    }
}
