using System.Reflection;
using System.Reflection.Emit;
using FluentAssertions;
using Ssot.TestFramework.Isolation;

namespace Ssot.TestFramework.Core.Tests.Isolation;

public sealed class MethodBodyReaderTests
{
    private static int s_counter;
    private static long s_total;

    [Fact]
    public void MemberTokens_AfterSwitchAndEightByteOperands_StillFindsTheStaticFieldsInOrder()
    {
        MethodInfo method = typeof(MethodBodyReaderTests).GetMethod(nameof(Busy), BindingFlags.NonPublic | BindingFlags.Static)!;
        byte[] il = method.GetMethodBody()!.GetILAsByteArray()!;

        var fields = MethodBodyReader.MemberTokens(il)
            .Where(t => t.OpCode == OpCodes.Ldsfld || t.OpCode == OpCodes.Stsfld)
            .Select(t => (t.OpCode.Name, method.Module.ResolveField(t.Token)!.Name))
            .Distinct()
            .ToList();

        fields.Should().Equal(("ldsfld", nameof(s_total)), ("stsfld", nameof(s_total)), ("ldsfld", nameof(s_counter)), ("stsfld", nameof(s_counter)));
    }

    [Fact]
    public void MemberTokens_TruncatedInstruction_ThrowsNamingTheOpcode()
    {
        byte[] il = [0x7E, 0x01, 0x00]; // ldsfld with a 4-byte token cut after 2 bytes

        Action read = () => MethodBodyReader.MemberTokens(il).ToList();

        read.Should().Throw<InvalidOperationException>().WithMessage("IL ends inside the ldsfld instruction at offset 0");
    }

    [Fact]
    public void MemberTokens_UnknownOpcode_ThrowsNamingIt()
    {
        byte[] il = [0x00, 0xA6]; // nop, then an unassigned one-byte opcode

        Action read = () => MethodBodyReader.MemberTokens(il).ToList();

        read.Should().Throw<InvalidOperationException>().WithMessage("unknown IL opcode 0xA6 at offset 1");
    }

    // Never called: only its IL is read. switch (InlineSwitch), ldc.i8 (InlineI8) and ldc.r8 (InlineR) before the field accesses: a wrong operand size
    // would misread every token after them.
    private static long Busy(int kind)
    {
        long step = kind switch
        {
            0 => 0x1122334455667788L,
            1 => 7L,
            2 => 11L,
            3 => 13L,
            _ => (long)(kind * 2.5d),
        };
        s_total += step;
        s_counter++;
        return s_total;
    }
}
