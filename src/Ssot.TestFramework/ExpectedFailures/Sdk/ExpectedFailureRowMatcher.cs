using System.Collections;
using System.Globalization;
using System.Reflection;

namespace Ssot.TestFramework.ExpectedFailures.Sdk;

/// <summary>
/// Finds the <see cref="ExpectedToFailRowAttribute"/> whose arguments equal a row's arguments
/// (element-wise, numbers compared after conversion, arrays by content; trailing optional parameters may be omitted).
/// </summary>
internal static class ExpectedFailureRowMatcher
{
    public static ExpectedFailureSettings? Find(MethodInfo method, object?[]? arguments)
    {
        if (arguments is null)
        {
            return null;
        }

        foreach (ExpectedToFailRowAttribute row in method.GetCustomAttributes<ExpectedToFailRowAttribute>(true))
        {
            if (Matches(row.Data, arguments, method))
            {
                return ((IExpectedFailureSource)row).ToSettings();
            }
        }

        return null;
    }

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
}
