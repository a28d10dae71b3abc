using System.Reflection;
using System.Reflection.Emit;

namespace Ssot.TestFramework.Isolation;

/// <summary>
/// Reads a method body's IL (<see cref="MethodBody.GetILAsByteArray"/>) instruction by instruction, with the opcode and
/// operand sizes of <see cref="OpCodes"/>, and returns the metadata tokens of the instructions that name a field or a
/// method.
/// </summary>
/// <remarks>Stateless and thread-safe (the opcode tables are built once and never changed).</remarks>
internal static class MethodBodyReader
{
    private static readonly OpCode?[] s_oneByte = new OpCode?[0x100];
    private static readonly OpCode?[] s_twoByte = new OpCode?[0x100];

#pragma warning disable CA1810 // The tables need a loop over OpCodes' fields.
    static MethodBodyReader()
#pragma warning restore CA1810
    {
        foreach (FieldInfo field in typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            if (field.GetValue(null) is OpCode code)
            {
                ushort value = unchecked((ushort)code.Value);
                if (code.Size == 1)
                {
                    s_oneByte[value] = code;
                }
                else
                {
                    s_twoByte[value & 0xFF] = code;
                }
            }
        }
    }

    /// <summary>The instructions of <paramref name="il"/> that carry a field or method token, in order.</summary>
    /// <param name="il">The method body's IL.</param>
    /// <returns>Each such instruction's opcode and token.</returns>
    /// <exception cref="InvalidOperationException">The IL holds an unknown opcode or ends inside an instruction.</exception>
    public static IEnumerable<(OpCode OpCode, int Token)> MemberTokens(byte[] il)
    {
        ArgumentNullException.ThrowIfNull(il);
        int position = 0;
        while (position < il.Length)
        {
            int start = position;
            byte first = il[position++];
            OpCode? found = first == 0xFE
                ? position < il.Length ? s_twoByte[il[position++]] : null
                : s_oneByte[first];
            if (found is not OpCode code)
            {
                throw new InvalidOperationException($"unknown IL opcode 0x{first:X2} at offset {start}");
            }

            long operand = OperandSize(code.OperandType, il, position);
            if (operand < 0 || position + operand > il.Length)
            {
                throw new InvalidOperationException($"IL ends inside the {code.Name} instruction at offset {start}");
            }

            if (code.OperandType is OperandType.InlineField or OperandType.InlineMethod)
            {
                yield return (code, BitConverter.ToInt32(il, position));
            }

            position += (int)operand;
        }
    }

    private static long OperandSize(OperandType type, byte[] il, int position) => type switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => position + 4 <= il.Length ? 4 + (4L * BitConverter.ToInt32(il, position)) : 4,
        _ => 4, // InlineBrTarget, InlineField, InlineI, InlineMethod, InlineSig, InlineString, InlineTok, InlineType, ShortInlineR
    };
}
