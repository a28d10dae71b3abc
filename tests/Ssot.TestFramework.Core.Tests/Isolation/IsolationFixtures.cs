using System.Globalization;
using System.Text;

namespace Ssot.TestFramework.Core.Tests.Isolation;

/// <summary>Object shapes used by the isolation tests.</summary>
internal static class IsolationFixtures
{
    internal static Manager NewManager() => new(new Inner(new Dictionary<string, int>(StringComparer.Ordinal) { ["k"] = 1 }));

    internal interface ILoggerLike
    {
        public void Log(string message);
    }

    internal sealed class ConsoleishLogger : ILoggerLike
    {
        private int _count;

        public void Log(string message) => _count += message.Length;
    }

    internal sealed class Service(ILoggerLike logger, List<int> items)
    {
        private readonly ILoggerLike _logger = logger;
        private readonly List<int> _items = items;

        public int Count => _items.Count + (_logger is null ? 0 : 1);
    }

    internal sealed class Manager(Inner inner)
    {
        private readonly Inner _inner = inner;
        private readonly string _name = "manager";
        private readonly int[] _empty = [];

        public override string ToString() => _name + _inner + _empty.Length;
    }

    internal sealed class Inner(Dictionary<string, int> cache)
    {
        private readonly Dictionary<string, int> _cache = cache;
        private int _hits;

        public int Hit() => ++_hits + _cache.Count;
    }

    internal sealed class Rich
    {
        public string? Name { get; set; }
        public StringComparer? Comparer { get; set; }
        public IEqualityComparer<string>? Default { get; set; }
        public int[]? Empty { get; set; }
        public object[]? EmptyObjects { get; set; }
        public Task? Task { get; set; }
        public DayOfWeek Mode { get; set; }
        public object? Boxed { get; set; }
        public CultureInfo? Culture { get; set; }
        public Encoding? Encoding { get; set; }
        public Type? Type { get; set; }
        public Func<int>? Callback { get; set; }
    }

    internal sealed class ReadonlyWrapper(List<string> items)
    {
        public List<string> Items { get; } = items;
    }

    internal sealed class Service2(ReadonlyWrapper wrapper)
    {
        public ReadonlyWrapper Wrapper { get; } = wrapper;
    }

    internal sealed class Counter
    {
        private int _value;

        public int Next() => ++_value;
    }

    internal sealed class Service3(Func<int> factory)
    {
        public Func<int> Factory { get; } = factory;
    }

    internal sealed class Node
    {
        public Node? Next { get; set; }
        public Node? Self { get; set; }
    }

    internal sealed class Registry
    {
        public List<Node> Items { get; } = [];
        public Dictionary<string, Node> ByName { get; } = [];
        public int Version { get; set; }
    }

    internal readonly record struct Pair(List<int> List, int Number);

    internal sealed class WithStruct
    {
        public Pair Pair { get; set; }
    }

    internal sealed class Pairs
    {
        public List<int>? First { get; set; }
        public List<int>? Second { get; set; }
    }
}
