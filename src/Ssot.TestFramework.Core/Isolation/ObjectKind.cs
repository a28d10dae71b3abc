namespace Ssot.TestFramework.Isolation;

/// <summary>How the object-graph walk treats an object of a given type.</summary>
internal enum ObjectKind
{
    /// <summary>Harmless to share and not walked (strings, primitives, reflection objects, tasks, culture singletons).</summary>
    Opaque,

    /// <summary>A delegate: harmless itself, only its targets are walked.</summary>
    Delegate,

    /// <summary>An array: mutable unless empty; its elements are walked as <c>[i]</c>.</summary>
    Array,

    /// <summary>A BCL collection with mutable fields; its elements are walked as <c>[i]</c> or <c>[key]</c>.</summary>
    MutableCollection,

    /// <summary>A BCL collection whose type hierarchy is immutable; its elements are walked.</summary>
    ImmutableCollection,

    /// <summary>An object with at least one writable instance field; its fields are walked.</summary>
    MutableObject,

    /// <summary>An object whose whole type hierarchy has only readonly instance fields; its fields are walked.</summary>
    ImmutableObject,
}
