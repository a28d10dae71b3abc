using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.CompilerServices;

namespace Ssot.TestFramework.Isolation;

/// <summary>One static field that a manager's code reads or writes, with the call chain that first reaches it.</summary>
/// <param name="Field">The field (its declaring type is the holder).</param>
/// <param name="Written">Whether some reached method stores into it (<c>stsfld</c>), not only reads it.</param>
/// <param name="Chain">The methods from a method of the inspected types down to the one that touches the field.</param>
internal sealed record StaticAccess(FieldInfo Field, bool Written, IReadOnlyList<MethodBase> Chain);

/// <summary>
/// Follows the IL of every method of the inspected types, and transitively of the methods they call (<c>call</c>,
/// <c>callvirt</c>, <c>newobj</c>, <c>ldftn</c>, <c>ldvirtftn</c>) within the assemblies <c>follow</c> accepts, plus the
/// <c>MoveNext</c> of async and iterator state machines, and lists the static fields they load or store
/// (<c>ldsfld</c>, <c>ldsflda</c>, <c>stsfld</c>) that are declared in those assemblies.
/// </summary>
/// <remarks>
/// Breadth first, so each field's chain is a shortest one. A virtual or interface call is followed to the method the IL
/// names, not to every override. Stateless and thread-safe.
/// </remarks>
internal static class StaticAccessFinder
{
    private const BindingFlags Declared = BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
    private const int MaxMethods = 20_000;

    public static IReadOnlyList<StaticAccess> Find(IEnumerable<Type> roots, Func<Assembly, bool> follow)
    {
        ArgumentNullException.ThrowIfNull(roots);
        ArgumentNullException.ThrowIfNull(follow);
        var parents = new Dictionary<MethodBase, MethodBase?>();
        var pending = new Queue<MethodBase>();
        void Visit(MethodBase method, MethodBase? parent)
        {
            MethodBase definition = Definition(method);
            if (parents.ContainsKey(definition))
            {
                return;
            }

            if (parents.Count >= MaxMethods)
            {
                // Never a silent pass over a graph that was not read to the end.
                throw new InvalidOperationException(
                    $"The static-state check stopped after reading {MaxMethods} methods reached from the manager (the last: {definition.DeclaringType?.FullName}.{definition.Name} in {definition.Module.Assembly.GetName().Name}). Override IsTeamAssembly to leave large libraries out.");
            }

            parents.Add(definition, parent);
            pending.Enqueue(definition);
        }

        foreach (Type type in roots)
        {
            foreach (MethodBase method in type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared)))
            {
                Visit(method, null);
            }
        }

        var found = new Dictionary<FieldInfo, StaticAccess>();
        var order = new List<FieldInfo>();
        while (pending.Count > 0)
        {
            MethodBase method = pending.Dequeue();
            if (method.GetCustomAttribute<StateMachineAttribute>() is { StateMachineType: { } machine } &&
                machine.GetMethod(nameof(IAsyncStateMachine.MoveNext), Declared) is { } moveNext)
            {
                Visit(moveNext, method);
            }

            foreach ((OpCode code, int token) in Tokens(method))
            {
                if (code == OpCodes.Ldsfld || code == OpCodes.Ldsflda || code == OpCodes.Stsfld)
                {
                    if (Resolve(method, token, static (m, t, types, methods) => m.ResolveField(t, types, methods)) is FieldInfo field &&
                        field.IsStatic && !field.IsLiteral && follow(field.DeclaringType!.Assembly) && !IsCompilerGenerated(field.DeclaringType))
                    {
                        FieldInfo key = Definition(field);
                        bool written = code == OpCodes.Stsfld;
                        if (found.TryGetValue(key, out StaticAccess? known))
                        {
                            if (written && !known.Written)
                            {
                                found[key] = known with { Written = true };
                            }
                        }
                        else
                        {
                            found[key] = new StaticAccess(key, written, ChainTo(method, parents));
                            order.Add(key);
                        }
                    }
                }
                else if (code == OpCodes.Call || code == OpCodes.Callvirt || code == OpCodes.Newobj || code == OpCodes.Ldftn || code == OpCodes.Ldvirtftn)
                {
                    if (Resolve(method, token, static (m, t, types, methods) => m.ResolveMethod(t, types, methods)) is MethodBase callee &&
                        callee.DeclaringType is { } owner && follow(owner.Assembly))
                    {
                        Visit(callee, method);
                    }
                }
            }
        }

        return order.Select(f => found[f]).ToList();
    }

    /// <summary>Whether a type is the compiler's (lambda caches, closures, state machines, array-initialiser data).</summary>
    public static bool IsCompilerGenerated(Type type)
    {
        for (Type? t = type; t is not null; t = t.DeclaringType)
        {
            if (t.GetCustomAttribute<CompilerGeneratedAttribute>() is not null)
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<(OpCode, int)> Tokens(MethodBase method)
    {
        byte[]? il;
        try
        {
            il = method.GetMethodBody()?.GetILAsByteArray();
        }
        catch (Exception ex) when (ex is InvalidOperationException or NotSupportedException or BadImageFormatException or TypeLoadException)
        {
            il = null; // no readable body (abstract, extern, runtime-implemented): nothing to follow
        }

        if (il is null)
        {
            return [];
        }

        try
        {
            return MethodBodyReader.MemberTokens(il).ToList();
        }
        catch (InvalidOperationException ex)
        {
            throw new InvalidOperationException($"The IL of {method.DeclaringType?.FullName}.{method.Name} cannot be read ({ex.Message}); override TypesToInspect to leave that type out.", ex);
        }
    }

    private static MemberInfo? Resolve(MethodBase method, int token, Func<Module, int, Type[]?, Type[]?, MemberInfo?> resolve)
    {
        Type[]? typeArguments = method.DeclaringType is { IsGenericType: true } owner ? owner.GetGenericArguments() : null;
        Type[]? methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        try
        {
            return resolve(method.Module, token, typeArguments, methodArguments);
        }
        catch (Exception ex) when (ex is ArgumentException or BadImageFormatException or TypeLoadException or MissingMemberException or FileNotFoundException or FileLoadException)
        {
            return null; // a member of an assembly that is not there: it cannot be run either
        }
    }

    /// <summary>The open definition, so a generic method or a method of a generic type is followed once.</summary>
    private static MethodBase Definition(MethodBase method)
    {
        if (method is MethodInfo { IsGenericMethod: true, IsGenericMethodDefinition: false } generic)
        {
            method = generic.GetGenericMethodDefinition();
        }

        return method.DeclaringType is { IsGenericType: true, IsGenericTypeDefinition: false }
            ? method.Module.ResolveMethod(method.MetadataToken) ?? method
            : method;
    }

    private static FieldInfo Definition(FieldInfo field) =>
        field.DeclaringType is { IsGenericType: true, IsGenericTypeDefinition: false }
            ? field.Module.ResolveField(field.MetadataToken) ?? field
            : field;

    private static List<MethodBase> ChainTo(MethodBase method, Dictionary<MethodBase, MethodBase?> parents)
    {
        var chain = new List<MethodBase>();
        for (MethodBase? m = method; m is not null; m = parents[m])
        {
            chain.Add(m);
        }

        chain.Reverse();
        return chain;
    }
}
