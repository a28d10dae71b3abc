using System.Collections.Concurrent;

namespace Ssot.TestFramework.Environments;

/// <summary>
/// A per-test view of the environment: values set here are seen only through this overlay and never
/// reach the process environment, so tests running in parallel cannot see each other's values.
/// Reads fall back to the process environment for names the overlay does not set or unset.
/// </summary>
/// <remarks>Thread-safe. Starts empty (every read falls through to the process environment).</remarks>
public sealed class EnvironmentOverlay : IEnvironmentReader
{
    private static readonly StringComparer s_nameComparer =
        OperatingSystem.IsWindows() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

    // A null value means "unset in this overlay", masking any process value.
    private readonly ConcurrentDictionary<string, string?> _values = new(s_nameComparer);

    /// <summary>Sets a variable in this overlay only.</summary>
    /// <param name="name">The variable's name; not empty.</param>
    /// <param name="value">The value; <see langword="null"/> makes the variable read as unset.</param>
    public void Set(string name, string? value)
    {
        ValidateName(name);
        _values[name] = value;
    }

    /// <summary>Makes a variable read as unset through this overlay, whatever the process has.</summary>
    /// <param name="name">The variable's name; not empty.</param>
    public void Unset(string name) => Set(name, null);

    /// <summary>Removes this overlay's entry so the variable reads through to the process environment again.</summary>
    /// <param name="name">The variable's name; not empty.</param>
    public void Reset(string name)
    {
        ValidateName(name);
        _values.TryRemove(name, out _);
    }

    /// <inheritdoc />
    public string? GetEnvironmentVariable(string name)
    {
        ValidateName(name);
        return _values.TryGetValue(name, out string? value) ? value : Environment.GetEnvironmentVariable(name);
    }

    /// <summary>Gets the value of a variable: this overlay's value when set here, otherwise the process's.</summary>
    /// <param name="name">The variable's name; not empty.</param>
    /// <returns>The value, or <see langword="null"/> when unset.</returns>
    public string? Get(string name) => GetEnvironmentVariable(name);

    /// <summary>Gets whether this overlay sets or unsets the variable itself.</summary>
    /// <param name="name">The variable's name; not empty.</param>
    /// <returns><see langword="true"/> when the overlay decides the variable's value.</returns>
    public bool Overrides(string name)
    {
        ValidateName(name);
        return _values.ContainsKey(name);
    }

    /// <summary>Gets a copy of the overlay's own entries (a <see langword="null"/> value means unset).</summary>
    /// <returns>A snapshot, sorted by name.</returns>
    public IReadOnlyList<KeyValuePair<string, string?>> Snapshot() =>
        _values.OrderBy(pair => pair.Key, StringComparer.Ordinal).ToList();

    private static void ValidateName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Length == 0 || name.Contains('='))
        {
            throw new ArgumentException($"'{name}' is not a valid environment variable name: it must be non-empty and contain no '='.", nameof(name));
        }
    }
}
