using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Ssot.TestFramework.ExpectedFailures.Sdk;

/// <summary>
/// Finds the <see cref="ExpectedToFailRowAttribute"/> whose arguments equal a row's arguments
/// (element-wise, numbers compared after conversion, arrays by content; trailing optional parameters may be omitted).
/// </summary>
internal static class ExpectedFailureRowMatcher
{
    private static readonly ConcurrentDictionary<MethodInfo, IReadOnlyList<Row>> s_rows = new();

    /// <summary>Finds the settings of the marked row whose arguments equal <paramref name="arguments"/>. The rows of a
    /// method are read once per process (a test run asks for every test).</summary>
    public static ExpectedFailureSettings? Find(MethodInfo method, object?[]? arguments)
    {
        if (arguments is null)
        {
            return null;
        }

        foreach (Row row in Rows(method))
        {
            if (Matches(row.Data, arguments, method))
            {
                return row.Settings;
            }
        }

        return null;
    }

    /// <summary>The marked rows of a method, read once per process and method.</summary>
    public static IReadOnlyList<Row> Rows(MethodInfo method) => s_rows.GetOrAdd(method, static m => Rows(Reflector.Wrap(m)));

    /// <summary>Reads the <see cref="ExpectedToFailRowAttribute"/>s of a method through xUnit's abstractions.</summary>
    /// <exception cref="ExpectedFailureSettingsException">A row's settings cannot be read.</exception>
    public static IReadOnlyList<Row> Rows(IMethodInfo method) =>
        method.GetCustomAttributes(typeof(ExpectedToFailRowAttribute))
            .Select(row => new Row(
                row.GetNamedArgument<IReadOnlyList<object?>>(nameof(ExpectedToFailRowAttribute.Data)),
                ExpectedFailureSettings.FromAttribute(row, ExpectedFailureSettings.RowMarker)))
            .ToArray();

    public static bool Matches(IReadOnlyList<object?> row, IReadOnlyList<object?> arguments, MethodInfo? method)
    {
        if (row.Count > arguments.Count)
        {
            return false;
        }

        if (row.Count < arguments.Count)
        {
            ParameterInfo[] parameters = method?.GetParameters() ?? [];
            if (parameters.Length != arguments.Count || parameters.Skip(row.Count).Any(p => !p.IsOptional))
            {
                return false;
            }
        }

        for (int i = 0; i < row.Count; i++)
        {
            if (!ArgumentEquals(row[i], arguments[i]))
            {
                return false;
            }
        }

        return true;
    }

    internal static bool ArgumentEquals(object? expected, object? actual)
    {
        if (ReferenceEquals(expected, actual) || Equals(expected, actual))
        {
            return true;
        }

        if (expected is null || actual is null)
        {
            return false;
        }

        if (expected is IEnumerable left && actual is IEnumerable right && expected is not string && actual is not string)
        {
            object?[] a = left.Cast<object?>().ToArray();
            object?[] b = right.Cast<object?>().ToArray();
            return a.Length == b.Length && a.Zip(b).All(p => ArgumentEquals(p.First, p.Second));
        }

        if (expected is IConvertible && actual is IConvertible && expected is not string && actual is not string)
        {
            try
            {
                Type target = actual.GetType().IsEnum ? Enum.GetUnderlyingType(actual.GetType()) : actual.GetType();
                object converted = Convert.ChangeType(expected, target, CultureInfo.InvariantCulture);
                object comparable = actual.GetType().IsEnum ? Convert.ChangeType(actual, target, CultureInfo.InvariantCulture) : actual;
                return Equals(converted, comparable);
            }
            catch (Exception ex) when (ex is InvalidCastException or FormatException or OverflowException)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>One marked row: its arguments and its settings.</summary>
    internal sealed record Row(IReadOnlyList<object?> Data, ExpectedFailureSettings Settings);
}
