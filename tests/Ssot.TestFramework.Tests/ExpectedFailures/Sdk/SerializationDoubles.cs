namespace Ssot.TestFramework.Tests.ExpectedFailures.Sdk;

/// <summary>The values a test case serialises, as xUnit's serialisation info keeps them (by key; a missing key reads as the type's default, as in xUnit).</summary>
internal sealed class SerializedValues : Xunit.Abstractions.IXunitSerializationInfo
{
    private readonly Dictionary<string, object?> _values = [];

    public IReadOnlyList<string> Keys => [.. _values.Keys];

    public object? this[string key]
    {
        get => _values[key];
        set => _values[key] = value;
    }

    public void AddValue(string key, object? value, Type? type = null) => _values.Add(key, value);

    public object? GetValue(string key, Type type) =>
        _values.TryGetValue(key, out object? value) ? value : type.IsValueType ? Activator.CreateInstance(type) : null;

    public T GetValue<T>(string key) => (T)GetValue(key, typeof(T))!;
}

/// <summary>A diagnostics sink that drops every message.</summary>
internal sealed class NullMessageSink : Xunit.LongLivedMarshalByRefObject, Xunit.Abstractions.IMessageSink
{
    public bool OnMessage(Xunit.Abstractions.IMessageSinkMessage message) => true;
}
