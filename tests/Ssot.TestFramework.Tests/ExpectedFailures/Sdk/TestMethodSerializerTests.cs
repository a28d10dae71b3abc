using System.Reflection;
using FluentAssertions;
using Ssot.TestFramework.ExpectedFailures.Sdk;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Ssot.TestFramework.Tests.ExpectedFailures.Sdk;

[CollectionDefinition(nameof(TestMethodSerializerTests) + "Collection")]
public sealed class TestMethodSerializerCollection
{
}

public sealed class TestMethodSerializerTests
{
    internal static void Target() { }

    internal static void OtherTarget() { }

    private static ExpectedFailureTestCase Case(ITestMethod testMethod) =>
        new(new NullMessageSink(), TestMethodDisplay.Method, TestMethodDisplayOptions.None, testMethod, settings: null);

    private static TestMethod Method(string name = nameof(Target), ITypeInfo? definition = null, string? configFile = "x.config")
    {
        var assembly = new TestAssembly(Reflector.Wrap(typeof(TestMethodSerializerTests).Assembly), configFile, new Version(1, 2, 3, 4));
        var collection = new TestCollection(assembly, definition, "the collection", Guid.NewGuid());
        var testClass = new TestClass(collection, Reflector.Wrap(typeof(TestMethodSerializerTests)));
        return new TestMethod(testClass, Reflector.Wrap(typeof(TestMethodSerializerTests).GetMethod(name, BindingFlags.NonPublic | BindingFlags.Static)!));
    }

    private static SerializedValues Serialized(ExpectedFailureTestCase testCase)
    {
        var values = new SerializedValues();
        testCase.Serialize(values);
        return values;
    }

    private static ExpectedFailureTestCase Deserialized(SerializedValues values)
    {
        // The parameterless constructor is the de-serializer's (obsolete as an error for callers).
        var testCase = (ExpectedFailureTestCase)Activator.CreateInstance(typeof(ExpectedFailureTestCase))!;
        testCase.Deserialize(values);
        return testCase;
    }

    [Theory]
    [InlineData(false, "x.config")]
    [InlineData(true, null)]
    public void Serialize_XunitTestMethod_RoundTripsThroughXunitEqualToTheOriginal(bool withDefinition, string? configFile)
    {
        ITypeInfo? definition = withDefinition ? Reflector.Wrap(typeof(TestMethodSerializerCollection)) : null;
        ExpectedFailureTestCase original = Case(Method(definition: definition, configFile: configFile));

        ExpectedFailureTestCase copy = SerializationHelper.Deserialize<ExpectedFailureTestCase>(SerializationHelper.Serialize(original));

        ITestCollection collection = copy.TestMethod.TestClass.TestCollection;
        copy.UniqueID.Should().Be(original.UniqueID);
        copy.TestMethod.Method.Name.Should().Be(nameof(Target));
        copy.TestMethod.TestClass.Class.ToRuntimeType().Should().Be(typeof(TestMethodSerializerTests));
        collection.UniqueID.Should().Be(original.TestMethod.TestClass.TestCollection.UniqueID);
        collection.DisplayName.Should().Be("the collection");
        collection.CollectionDefinition?.ToRuntimeType().Should().Be(typeof(TestMethodSerializerCollection));
        (collection.CollectionDefinition is null).Should().Be(!withDefinition);
        collection.TestAssembly.Assembly.AssemblyPath.Should().Be(original.TestMethod.TestClass.TestCollection.TestAssembly.Assembly.AssemblyPath);
        collection.TestAssembly.ConfigFileName.Should().Be(configFile);
        ((TestAssembly)collection.TestAssembly).Version.Should().Be(new Version(1, 2, 3, 4));
    }

    [Fact]
    public void Serialize_XunitTestMethod_WritesTwoStringsInsteadOfTheNestedTestMethod()
    {
        SerializedValues values = Serialized(Case(Method()));

        values.Keys.Should().Contain([TestMethodSerializer.ClassKey, TestMethodSerializer.MethodKey]).And.NotContain("TestMethod");
        values[TestMethodSerializer.MethodKey].Should().Be(nameof(Target));
    }

    [Fact]
    public void Deserialize_TwoMethodsOfOneClass_ShareOneResolvedClass()
    {
        TestMethod first = Method(nameof(Target));
        var second = new TestMethod((TestClass)first.TestClass, Reflector.Wrap(typeof(TestMethodSerializerTests).GetMethod(nameof(OtherTarget), BindingFlags.NonPublic | BindingFlags.Static)!));

        ExpectedFailureTestCase a = Deserialized(Serialized(Case(first)));
        ExpectedFailureTestCase b = Deserialized(Serialized(Case(second)));

        b.TestMethod.Method.Name.Should().Be(nameof(OtherTarget));
        b.TestMethod.TestClass.Should().BeSameAs(a.TestMethod.TestClass);
    }

    [Fact]
    public void Serialize_TestMethodOfAnotherType_KeepsXunitsStandardSerialisation()
    {
        var derived = new DerivedTestMethod(Method());
        ExpectedFailureTestCase original = Case(derived);

        SerializedValues values = Serialized(original);
        ExpectedFailureTestCase copy = SerializationHelper.Deserialize<ExpectedFailureTestCase>(SerializationHelper.Serialize(original));

        values.Keys.Should().Contain("TestMethod").And.NotContain(TestMethodSerializer.ClassKey);
        copy.TestMethod.Should().BeOfType<DerivedTestMethod>();
        copy.UniqueID.Should().Be(original.UniqueID);
    }

    [Fact]
    public void Deserialize_MethodRenamedSinceDiscovery_ThrowsNamingClassMethodAndWhatToDo()
    {
        SerializedValues values = Serialized(Case(Method()));
        values[TestMethodSerializer.MethodKey] = "RenamedSinceDiscovery";

        Action deserialize = () => Deserialized(values);

        deserialize.Should().Throw<InvalidOperationException>()
            .WithMessage($"*the class {typeof(TestMethodSerializerTests).FullName} has no method RenamedSinceDiscovery*")
            .Which.Message.Should().EndWith("rebuild the test project and discover the tests again.");
    }

    [Fact]
    public void Deserialize_ClassRenamedSinceDiscovery_ThrowsNamingTheClass()
    {
        SerializedValues values = Serialized(Case(Method()));
        string classPart = (string)values[TestMethodSerializer.ClassKey]!;
        values[TestMethodSerializer.ClassKey] = classPart.Replace(nameof(TestMethodSerializerTests) + "\"", "RenamedSinceDiscovery\"", StringComparison.Ordinal);

        Action deserialize = () => Deserialized(values);

        deserialize.Should().Throw<InvalidOperationException>()
            .WithMessage("*the class Ssot.TestFramework.Tests.ExpectedFailures.Sdk.RenamedSinceDiscovery is not in Ssot.TestFramework.Tests*")
            .Which.Message.Should().EndWith("rebuild the test project and discover the tests again.");
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[\"0\"]")]
    [InlineData("[\"1\",\"a\",null,\"1.0\",\"not a guid\",\"c\",null,null,\"a\\nb\"]")]
    [InlineData("[\"1\",\"a\",null,\"one\",\"00000000000000000000000000000000\",\"c\",null,null,\"a\\nb\"]")]
    public void Deserialize_ClassPartNotWrittenByThisVersion_ThrowsNamingTheValue(string classPart)
    {
        SerializedValues values = Serialized(Case(Method()));
        values[TestMethodSerializer.ClassKey] = classPart;

        Action deserialize = () => Deserialized(values);

        deserialize.Should().Throw<InvalidOperationException>()
            .WithMessage($"The serialised test method of this test case ('{TestMethodSerializer.ClassKey}' = {classPart}) cannot be resolved: *")
            .Which.Message.Should().EndWith("rebuild the test project and discover the tests again.");
    }

    /// <summary>A test method of another type than xUnit's own, as another framework extension may create.</summary>
    public sealed class DerivedTestMethod : TestMethod
    {
        [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes")]
        public DerivedTestMethod()
        {
        }

        public DerivedTestMethod(TestMethod original)
            : base(original.TestClass, original.Method)
        {
        }
    }
}
