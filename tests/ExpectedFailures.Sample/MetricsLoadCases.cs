using Ssot.TestFramework;

namespace ExpectedFailures.Sample.MetricsLoad;

// Generated once (50 classes x 10 facts): 500 parallel tests whose metrics must all reach metrics.json.

public sealed class MetricsLoad00(ITestOutputHelper output) : SsotBaseTestCase(output)
{
    [Fact] public void M0() => RecordMetric("load_index", 0, "index");
    [Fact] public void M1() => RecordMetric("load_index", 1, "index");
    [Fact] public void M2() => RecordMetric("load_index", 2, "index");
    [Fact] public void M3() => RecordMetric("load_index", 3, "index");
    [Fact] public void M4() => RecordMetric("load_index", 4, "index");
    [Fact] public void M5() => RecordMetric("load_index", 5, "index");
    [Fact] public void M6() => RecordMetric("load_index", 6, "index");
    [Fact] public void M7() => RecordMetric("load_index", 7, "index");
    [Fact] public void M8() => RecordMetric("load_index", 8, "index");
    [Fact] public void M9() => RecordMetric("load_index", 9, "index");
}

public sealed class MetricsLoad01(ITestOutputHelper output) : SsotBaseTestCase(output)
{
    [Fact] public void M0() => RecordMetric("load_index", 10, "index");
    [Fact] public void M1() => RecordMetric("load_index", 11, "index");
    [Fact] public void M2() => RecordMetric("load_index", 12, "index");
    [Fact] public void M3() => RecordMetric("load_index", 13, "index");
    [Fact] public void M4() => RecordMetric("load_index", 14, "index");
    [Fact] public void M5() => RecordMetric("load_index", 15, "index");
    [Fact] public void M6() => RecordMetric("load_index", 16, "index");
    [Fact] public void M7() => RecordMetric("load_index", 17, "index");
    [Fact] public void M8() => RecordMetric("load_index", 18, "index");
    [Fact] public void M9() => RecordMetric("load_index", 19, "index");
}

public sealed class MetricsLoad02(ITestOutputHelper output) : SsotBaseTestCase(output)
{
    [Fact] public void M0() => RecordMetric("load_index", 20, "index");
    [Fact] public void M1() => RecordMetric("load_index", 21, "index");
    [Fact] public void M2() => RecordMetric("load_index", 22, "index");
    [Fact] public void M3() => RecordMetric("load_index", 23, "index");
    [Fact] public void M4() => RecordMetric("load_index", 24, "index");
    [Fact] public void M5() => RecordMetric("load_index", 25, "index");
    [Fact] public void M6() => RecordMetric("load_index", 26, "index");
    [Fact] public void M7() => RecordMetric("load_index", 27, "index");
    [Fact] public void M8() => RecordMetric("load_index", 28, "index");
    [Fact] public void M9() => RecordMetric("load_index", 29, "index");
}

public sealed class MetricsLoad03(ITestOutputHelper output) : SsotBaseTestCase(output)
{
    [Fact] public void M0() => RecordMetric("load_index", 30, "index");
    [Fact] public void M1() => RecordMetric("load_index", 31, "index");
    [Fact] public void M2() => RecordMetric("load_index", 32, "index");
    [Fact] public void M3() => RecordMetric("load_index", 33, "index");
    [Fact] public void M4() => RecordMetric("load_index", 34, "index");
    [Fact] public void M5() => RecordMetric("load_index", 35, "index");
    [Fact] public void M6() => RecordMetric("load_index", 36, "index");
    [Fact] public void M7() => RecordMetric("load_index", 37, "index");
    [Fact] public void M8() => RecordMetric("load_index", 38, "index");
    [Fact] public void M9() => RecordMetric("load_index", 39, "index");
}

public sealed class MetricsLoad04(ITestOutputHelper output) : SsotBaseTestCase(output)
{
    [Fact] public void M0() => RecordMetric("load_index", 40, "index");
    [Fact] public void M1() => RecordMetric("load_index", 41, "index");
    [Fact] public void M2() => RecordMetric("load_index", 42, "index");
    [Fact] public void M3() => RecordMetric("load_index", 43, "index");
    [Fact] public void M4() => RecordMetric("load_index", 44, "index");
    [Fact] public void M5() => RecordMetric("load_index", 45, "index");
    [Fact] public void M6() => RecordMetric("load_index", 46, "index");
    [Fact] public void M7() => RecordMetric("load_index", 47, "index");
    [Fact] public void M8() => RecordMetric("load_index", 48, "index");
    [Fact] public void M9() => RecordMetric("load_index", 49, "index");
}

public sealed class MetricsLoad05(ITestOutputHelper output) : SsotBaseTestCase(output)
{
    [Fact] public void M0() => RecordMetric("load_index", 50, "index");
    [Fact] public void M1() => RecordMetric("load_index", 51, "index");
    [Fact] public void M2() => RecordMetric("load_index", 52, "index");
    [Fact] public void M3() => RecordMetric("load_index", 53, "index");
    [Fact] public void M4() => RecordMetric("load_index", 54, "index");
    [Fact] public void M5() => RecordMetric("load_index", 55, "index");
    [Fact] public void M6() => RecordMetric("load_index", 56, "index");
    [Fact] public void M7() => RecordMetric("load_index", 57, "index");
    [Fact] public void M8() => RecordMetric("load_index", 58, "index");
    [Fact] public void M9() => RecordMetric("load_index", 59, "index");
}

public sealed class MetricsLoad06(ITestOutputHelper output) : SsotBaseTestCase(output)
{
    [Fact] public void M0() => RecordMetric("load_index", 60, "index");
    [Fact] public void M1() => RecordMetric("load_index", 61, "index");
    [Fact] public void M2() => RecordMetric("load_index", 62, "index");
    [Fact] public void M3() => RecordMetric("load_index", 63, "index");
    [Fact] public void M4() => RecordMetric("load_index", 64, "index");
    [Fact] public void M5() => RecordMetric("load_index", 65, "index");
    [Fact] public void M6() => RecordMetric("load_index", 66, "index");
    [Fact] public void M7() => RecordMetric("load_index", 67, "index");
    [Fact] public void M8() => RecordMetric("load_index", 68, "index");
    [Fact] public void M9() => RecordMetric("load_index", 69, "index");
}

public sealed class MetricsLoad07(ITestOutputHelper output) : SsotBaseTestCase(output)
{
    [Fact] public void M0() => RecordMetric("load_index", 70, "index");
    [Fact] public void M1() => RecordMetric("load_index", 71, "index");
    [Fact] public void M2() => RecordMetric("load_index", 72, "index");
    [Fact] public void M3() => RecordMetric("load_index", 73, "index");
    [Fact] public void M4() => RecordMetric("load_index", 74, "index");
    [Fact] public void M5() => RecordMetric("load_index", 75, "index");
    [Fact] public void M6() => RecordMetric("load_index", 76, "index");
    [Fact] public void M7() => RecordMetric("load_index", 77, "index");
    [Fact] public void M8() => RecordMetric("load_index", 78, "index");
    [Fact] public void M9() => RecordMetric("load_index", 79, "index");
}

public sealed class MetricsLoad08(ITestOutputHelper output) : SsotBaseTestCase(output)
{
    [Fact] public void M0() => RecordMetric("load_index", 80, "index");
    [Fact] public void M1() => RecordMetric("load_index", 81, "index");
    [Fact] public void M2() => RecordMetric("load_index", 82, "index");
    [Fact] public void M3() => RecordMetric("load_index", 83, "index");
    [Fact] public void M4() => RecordMetric("load_index", 84, "index");
    [Fact] public void M5() => RecordMetric("load_index", 85, "index");
    [Fact] public void M6() => RecordMetric("load_index", 86, "index");
    [Fact] public void M7() => RecordMetric("load_index", 87, "index");
    [Fact] public void M8() => RecordMetric("load_index", 88, "index");
    [Fact] public void M9() => RecordMetric("load_index", 89, "index");
}

public sealed class MetricsLoad09(ITestOutputHelper output) : SsotBaseTestCase(output)
{
    [Fact] public void M0() => RecordMetric("load_index", 90, "index");
    [Fact] public void M1() => RecordMetric("load_index", 91, "index");
    [Fact] public void M2() => RecordMetric("load_index", 92, "index");
    [Fact] public void M3() => RecordMetric("load_index", 93, "index");
    [Fact] public void M4() => RecordMetric("load_index", 94, "index");
    [Fact] public void M5() => RecordMetric("load_index", 95, "index");
    [Fact] public void M6() => RecordMetric("load_index", 96, "index");
    [Fact] public void M7() => RecordMetric("load_index", 97, "index");
    [Fact] public void M8() => RecordMetric("load_index", 98, "index");
    [Fact] public void M9() => RecordMetric("load_index", 99, "index");
}

public sealed class MetricsLoad10(ITestOutputHelper output) : SsotBaseTestCase(output)
{
    [Fact] public void M0() => RecordMetric("load_index", 100, "index");
    [Fact] public void M1() => RecordMetric("load_index", 101, "index");
    [Fact] public void M2() => RecordMetric("load_index", 102, "index");
    [Fact] public void M3() => RecordMetric("load_index", 103, "index");
    [Fact] public void M4() => RecordMetric("load_index", 104, "index");
    [Fact] public void M5() => RecordMetric("load_index", 105, "index");
    [Fact] public void M6() => RecordMetric("load_index", 106, "index");
    [Fact] public void M7() => RecordMetric("load_index", 107, "index");
    [Fact] public void M8() => RecordMetric("load_index", 108, "index");
    [Fact] public void M9() => RecordMetric("load_index", 109, "index");
}

public sealed class MetricsLoad11(ITestOutputHelper output) : SsotBaseTestCase(output)
{
    [Fact] public void M0() => RecordMetric("load_index", 110, "index");
    [Fact] public void M1() => RecordMetric("load_index", 111, "index");
    [Fact] public void M2() => RecordMetric("load_index", 112, "index");
    [Fact] public void M3() => RecordMetric("load_index", 113, "index");
    [Fact] public void M4() => RecordMetric("load_index", 114, "index");
    [Fact] public void M5() => RecordMetric("load_index", 115, "index");
    [Fact] public void M6() => RecordMetric("load_index", 116, "index");
    [Fact] public void M7() => RecordMetric("load_index", 117, "index");
    [Fact] public void M8() => RecordMetric("load_index", 118, "index");
    [Fact] public void M9() => RecordMetric("load_index", 119, "index");
}

public sealed class MetricsLoad12(ITestOutputHelper output) : SsotBaseTestCase(output)
{
    [Fact] public void M0() => RecordMetric("load_index", 120, "index");
    [Fact] public void M1() => RecordMetric("load_index", 121, "index");
    [Fact] public void M2() => RecordMetric("load_index", 122, "index");
    [Fact] public void M3() => RecordMetric("load_index", 123, "index");
    [Fact] public void M4() => RecordMetric("load_index", 124, "index");
    [Fact] public void M5() => RecordMetric("load_index", 125, "index");
    [Fact] public void M6() => RecordMetric("load_index", 126, "index");
    [Fact] public void M7() => RecordMetric("load_index", 127, "index");
    [Fact] public void M8() => RecordMetric("load_index", 128, "index");
    [Fact] public void M9() => RecordMetric("load_index", 129, "index");
}

public sealed class MetricsLoad13(ITestOutputHelper output) : SsotBaseTestCase(output)
{
    [Fact] public void M0() => RecordMetric("load_index", 130, "index");
    [Fact] public void M1() => RecordMetric("load_index", 131, "index");
    [Fact] public void M2() => RecordMetric("load_index", 132, "index");
    [Fact] public void M3() => RecordMetric("load_index", 133, "index");
    [Fact] public void M4() => RecordMetric("load_index", 134, "index");
    [Fact] public void M5() => RecordMetric("load_index", 135, "index");
    [Fact] public void M6() => RecordMetric("load_index", 136, "index");
    [Fact] public void M7() => RecordMetric("load_index", 137, "index");
    [Fact] public void M8() => RecordMetric("load_index", 138, "index");
    [Fact] public void M9() => RecordMetric("load_index", 139, "index");
}

public sealed class MetricsLoad14(ITestOutputHelper output) : SsotBaseTestCase(output)
{
    [Fact] public void M0() => RecordMetric("load_index", 140, "index");
    [Fact] public void M1() => RecordMetric("load_index", 141, "index");
    [Fact] public void M2() => RecordMetric("load_index", 142, "index");
    [Fact] public void M3() => RecordMetric("load_index", 143, "index");
    [Fact] public void M4() => RecordMetric("load_index", 144, "index");
    [Fact] public void M5() => RecordMetric("load_index", 145, "index");
    [Fact] public void M6() => RecordMetric("load_index", 146, "index");
    [Fact] public void M7() => RecordMetric("load_index", 147, "index");
    [Fact] public void M8() => RecordMetric("load_index", 148, "index");
    [Fact] public void M9() => RecordMetric("load_index", 149, "index");
}

public sealed class MetricsLoad15(ITestOutputHelper output) : SsotBaseTestCase(output)
{
    [Fact] public void M0() => RecordMetric("load_index", 150, "index");
    [Fact] public void M1() => RecordMetric("load_index", 151, "index");
    [Fact] public void M2() => RecordMetric("load_index", 152, "index");
    [Fact] public void M3() => RecordMetric("load_index", 153, "index");
    [Fact] public void M4() => RecordMetric("load_index", 154, "index");
    [Fact] public void M5() => RecordMetric("load_index", 155, "index");
    [Fact] public void M6() => RecordMetric("load_index", 156, "index");
    [Fact] public void M7() => RecordMetric("load_index", 157, "index");
    [Fact] public void M8() => RecordMetric("load_index", 158, "index");
    [Fact] public void M9() => RecordMetric("load_index", 159, "index");
}

public sealed class MetricsLoad16(ITestOutputHelper output) : SsotBaseTestCase(output)
{
    [Fact] public void M0() => RecordMetric("load_index", 160, "index");
    [Fact] public void M1() => RecordMetric("load_index", 161, "index");
    [Fact] public void M2() => RecordMetric("load_index", 162, "index");
    [Fact] public void M3() => RecordMetric("load_index", 163, "index");
    [Fact] public void M4() => RecordMetric("load_index", 164, "index");
    [Fact] public void M5() => RecordMetric("load_index", 165, "index");
    [Fact] public void M6() => RecordMetric("load_index", 166, "index");
    [Fact] public void M7() => RecordMetric("load_index", 167, "index");
    [Fact] public void M8() => RecordMetric("load_index", 168, "index");
    [Fact] public void M9() => RecordMetric("load_index", 169, "index");
}

public sealed class MetricsLoad17(ITestOutputHelper output) : SsotBaseTestCase(output)
{
    [Fact] public void M0() => RecordMetric("load_index", 170, "index");
    [Fact] public void M1() => RecordMetric("load_index", 171, "index");
    [Fact] public void M2() => RecordMetric("load_index", 172, "index");
    [Fact] public void M3() => RecordMetric("load_index", 173, "index");
    [Fact] public void M4() => RecordMetric("load_index", 174, "index");
    [Fact] public void M5() => RecordMetric("load_index", 175, "index");
    [Fact] public void M6() => RecordMetric("load_index", 176, "index");
    [Fact] public void M7() => RecordMetric("load_index", 177, "index");
    [Fact] public void M8() => RecordMetric("load_index", 178, "index");
    [Fact] public void M9() => RecordMetric("load_index", 179, "index");
}

public sealed class MetricsLoad18(ITestOutputHelper output) : SsotBaseTestCase(output)
{
    [Fact] public void M0() => RecordMetric("load_index", 180, "index");
    [Fact] public void M1() => RecordMetric("load_index", 181, "index");
    [Fact] public void M2() => RecordMetric("load_index", 182, "index");
    [Fact] public void M3() => RecordMetric("load_index", 183, "index");
    [Fact] public void M4() => RecordMetric("load_index", 184, "index");
    [Fact] public void M5() => RecordMetric("load_index", 185, "index");
    [Fact] public void M6() => RecordMetric("load_index", 186, "index");
    [Fact] public void M7() => RecordMetric("load_index", 187, "index");
    [Fact] public void M8() => RecordMetric("load_index", 188, "index");
    [Fact] public void M9() => RecordMetric("load_index", 189, "index");
}

public sealed class MetricsLoad19(ITestOutputHelper output) : SsotBaseTestCase(output)
{
    [Fact] public void M0() => RecordMetric("load_index", 190, "index");
    [Fact] public void M1() => RecordMetric("load_index", 191, "index");
    [Fact] public void M2() => RecordMetric("load_index", 192, "index");
    [Fact] public void M3() => RecordMetric("load_index", 193, "index");
    [Fact] public void M4() => RecordMetric("load_index", 194, "index");
    [Fact] public void M5() => RecordMetric("load_index", 195, "index");
    [Fact] public void M6() => RecordMetric("load_index", 196, "index");
    [Fact] public void M7() => RecordMetric("load_index", 197, "index");
    [Fact] public void M8() => RecordMetric("load_index", 198, "index");
    [Fact] public void M9() => RecordMetric("load_index", 199, "index");
}

public sealed class MetricsLoad20(ITestOutputHelper output) : SsotBaseTestCase(output)
{
    [Fact] public void M0() => RecordMetric("load_index", 200, "index");
    [Fact] public void M1() => RecordMetric("load_index", 201, "index");
    [Fact] public void M2() => RecordMetric("load_index", 202, "index");
    [Fact] public void M3() => RecordMetric("load_index", 203, "index");
    [Fact] public void M4() => RecordMetric("load_index", 204, "index");
    [Fact] public void M5() => RecordMetric("load_index", 205, "index");
    [Fact] public void M6() => RecordMetric("load_index", 206, "index");
    [Fact] public void M7() => RecordMetric("load_index", 207, "index");
    [Fact] public void M8() => RecordMetric("load_index", 208, "index");
    [Fact] public void M9() => RecordMetric("load_index", 209, "index");
}

public sealed class MetricsLoad21(ITestOutputHelper output) : SsotBaseTestCase(output)
{
    [Fact] public void M0() => RecordMetric("load_index", 210, "index");
    [Fact] public void M1() => RecordMetric("load_index", 211, "index");
    [Fact] public void M2() => RecordMetric("load_index", 212, "index");
    [Fact] public void M3() => RecordMetric("load_index", 213, "index");
    [Fact] public void M4() => RecordMetric("load_index", 214, "index");
    [Fact] public void M5() => RecordMetric("load_index", 215, "index");
    [Fact] public void M6() => RecordMetric("load_index", 216, "index");
    [Fact] public void M7() => RecordMetric("load_index", 217, "index");
    [Fact] public void M8() => RecordMetric("load_index", 218, "index");
    [Fact] public void M9() => RecordMetric("load_index", 219, "index");
}

public sealed class MetricsLoad22(ITestOutputHelper output) : SsotBaseTestCase(output)
{
    [Fact] public void M0() => RecordMetric("load_index", 220, "index");
    [Fact] public void M1() => RecordMetric("load_index", 221, "index");
    [Fact] public void M2() => RecordMetric("load_index", 222, "index");
    [Fact] public void M3() => RecordMetric("load_index", 223, "index");
    [Fact] public void M4() => RecordMetric("load_index", 224, "index");
    [Fact] public void M5() => RecordMetric("load_index", 225, "index");
    [Fact] public void M6() => RecordMetric("load_index", 226, "index");
    [Fact] public void M7() => RecordMetric("load_index", 227, "index");
    [Fact] public void M8() => RecordMetric("load_index", 228, "index");
    [Fact] public void M9() => RecordMetric("load_index", 229, "index");
}

public sealed class MetricsLoad23(ITestOutputHelper output) : SsotBaseTestCase(output)
{
    [Fact] public void M0() => RecordMetric("load_index", 230, "index");
    [Fact] public void M1() => RecordMetric("load_index", 231, "index");
    [Fact] public void M2() => RecordMetric("load_index", 232, "index");
    [Fact] public void M3() => RecordMetric("load_index", 233, "index");
    [Fact] public void M4() => RecordMetric("load_index", 234, "index");
    [Fact] public void M5() => RecordMetric("load_index", 235, "index");
    [Fact] public void M6() => RecordMetric("load_index", 236, "index");
    [Fact] public void M7() => RecordMetric("load_index", 237, "index");
    [Fact] public void M8() => RecordMetric("load_index", 238, "index");
    [Fact] public void M9() => RecordMetric("load_index", 239, "index");
}

public sealed class MetricsLoad24(ITestOutputHelper output) : SsotBaseTestCase(output)
{
    [Fact] public void M0() => RecordMetric("load_index", 240, "index");
    [Fact] public void M1() => RecordMetric("load_index", 241, "index");
    [Fact] public void M2() => RecordMetric("load_index", 242, "index");
    [Fact] public void M3() => RecordMetric("load_index", 243, "index");
    [Fact] public void M4() => RecordMetric("load_index", 244, "index");
    [Fact] public void M5() => RecordMetric("load_index", 245, "index");
    [Fact] public void M6() => RecordMetric("load_index", 246, "index");
    [Fact] public void M7() => RecordMetric("load_index", 247, "index");
    [Fact] public void M8() => RecordMetric("load_index", 248, "index");
    [Fact] public void M9() => RecordMetric("load_index", 249, "index");
}

public sealed class MetricsLoad25(ITestOutputHelper output) : SsotBaseTestCase(output)
{
    [Fact] public void M0() => RecordMetric("load_index", 250, "index");
    [Fact] public void M1() => RecordMetric("load_index", 251, "index");
    [Fact] public void M2() => RecordMetric("load_index", 252, "index");
    [Fact] public void M3() => RecordMetric("load_index", 253, "index");
    [Fact] public void M4() => RecordMetric("load_index", 254, "index");
    [Fact] public void M5() => RecordMetric("load_index", 255, "index");
    [Fact] public void M6() => RecordMetric("load_index", 256, "index");
    [Fact] public void M7() => RecordMetric("load_index", 257, "index");
    [Fact] public void M8() => RecordMetric("load_index", 258, "index");
    [Fact] public void M9() => RecordMetric("load_index", 259, "index");
}

public sealed class MetricsLoad26(ITestOutputHelper output) : SsotBaseTestCase(output)
{
    [Fact] public void M0() => RecordMetric("load_index", 260, "index");
    [Fact] public void M1() => RecordMetric("load_index", 261, "index");
    [Fact] public void M2() => RecordMetric("load_index", 262, "index");
    [Fact] public void M3() => RecordMetric("load_index", 263, "index");
    [Fact] public void M4() => RecordMetric("load_index", 264, "index");
    [Fact] public void M5() => RecordMetric("load_index", 265, "index");
    [Fact] public void M6() => RecordMetric("load_index", 266, "index");
    [Fact] public void M7() => RecordMetric("load_index", 267, "index");
    [Fact] public void M8() => RecordMetric("load_index", 268, "index");
    [Fact] public void M9() => RecordMetric("load_index", 269, "index");
}

public sealed class MetricsLoad27(ITestOutputHelper output) : SsotBaseTestCase(output)
{
    [Fact] public void M0() => RecordMetric("load_index", 270, "index");
    [Fact] public void M1() => RecordMetric("load_index", 271, "index");
    [Fact] public void M2() => RecordMetric("load_index", 272, "index");
    [Fact] public void M3() => RecordMetric("load_index", 273, "index");
    [Fact] public void M4() => RecordMetric("load_index", 274, "index");
    [Fact] public void M5() => RecordMetric("load_index", 275, "index");
    [Fact] public void M6() => RecordMetric("load_index", 276, "index");
    [Fact] public void M7() => RecordMetric("load_index", 277, "index");
    [Fact] public void M8() => RecordMetric("load_index", 278, "index");
    [Fact] public void M9() => RecordMetric("load_index", 279, "index");
}

public sealed class MetricsLoad28(ITestOutputHelper output) : SsotBaseTestCase(output)
{
    [Fact] public void M0() => RecordMetric("load_index", 280, "index");
    [Fact] public void M1() => RecordMetric("load_index", 281, "index");
    [Fact] public void M2() => RecordMetric("load_index", 282, "index");
    [Fact] public void M3() => RecordMetric("load_index", 283, "index");
    [Fact] public void M4() => RecordMetric("load_index", 284, "index");
    [Fact] public void M5() => RecordMetric("load_index", 285, "index");
    [Fact] public void M6() => RecordMetric("load_index", 286, "index");
    [Fact] public void M7() => RecordMetric("load_index", 287, "index");
    [Fact] public void M8() => RecordMetric("load_index", 288, "index");
    [Fact] public void M9() => RecordMetric("load_index", 289, "index");
}

public sealed class MetricsLoad29(ITestOutputHelper output) : SsotBaseTestCase(output)
{
    [Fact] public void M0() => RecordMetric("load_index", 290, "index");
    [Fact] public void M1() => RecordMetric("load_index", 291, "index");
    [Fact] public void M2() => RecordMetric("load_index", 292, "index");
    [Fact] public void M3() => RecordMetric("load_index", 293, "index");
    [Fact] public void M4() => RecordMetric("load_index", 294, "index");
    [Fact] public void M5() => RecordMetric("load_index", 295, "index");
    [Fact] public void M6() => RecordMetric("load_index", 296, "index");
    [Fact] public void M7() => RecordMetric("load_index", 297, "index");
    [Fact] public void M8() => RecordMetric("load_index", 298, "index");
    [Fact] public void M9() => RecordMetric("load_index", 299, "index");
}

public sealed class MetricsLoad30(ITestOutputHelper output) : SsotBaseTestCase(output)
{
    [Fact] public void M0() => RecordMetric("load_index", 300, "index");
    [Fact] public void M1() => RecordMetric("load_index", 301, "index");
    [Fact] public void M2() => RecordMetric("load_index", 302, "index");
    [Fact] public void M3() => RecordMetric("load_index", 303, "index");
    [Fact] public void M4() => RecordMetric("load_index", 304, "index");
    [Fact] public void M5() => RecordMetric("load_index", 305, "index");
    [Fact] public void M6() => RecordMetric("load_index", 306, "index");
    [Fact] public void M7() => RecordMetric("load_index", 307, "index");
    [Fact] public void M8() => RecordMetric("load_index", 308, "index");
    [Fact] public void M9() => RecordMetric("load_index", 309, "index");
}

public sealed class MetricsLoad31(ITestOutputHelper output) : SsotBaseTestCase(output)
{
    [Fact] public void M0() => RecordMetric("load_index", 310, "index");
    [Fact] public void M1() => RecordMetric("load_index", 311, "index");
    [Fact] public void M2() => RecordMetric("load_index", 312, "index");
    [Fact] public void M3() => RecordMetric("load_index", 313, "index");
    [Fact] public void M4() => RecordMetric("load_index", 314, "index");
    [Fact] public void M5() => RecordMetric("load_index", 315, "index");
    [Fact] public void M6() => RecordMetric("load_index", 316, "index");
    [Fact] public void M7() => RecordMetric("load_index", 317, "index");
    [Fact] public void M8() => RecordMetric("load_index", 318, "index");
    [Fact] public void M9() => RecordMetric("load_index", 319, "index");
}

public sealed class MetricsLoad32(ITestOutputHelper output) : SsotBaseTestCase(output)
{
    [Fact] public void M0() => RecordMetric("load_index", 320, "index");
    [Fact] public void M1() => RecordMetric("load_index", 321, "index");
    [Fact] public void M2() => RecordMetric("load_index", 322, "index");
    [Fact] public void M3() => RecordMetric("load_index", 323, "index");
    [Fact] public void M4() => RecordMetric("load_index", 324, "index");
    [Fact] public void M5() => RecordMetric("load_index", 325, "index");
    [Fact] public void M6() => RecordMetric("load_index", 326, "index");
    [Fact] public void M7() => RecordMetric("load_index", 327, "index");
    [Fact] public void M8() => RecordMetric("load_index", 328, "index");
    [Fact] public void M9() => RecordMetric("load_index", 329, "index");
}

public sealed class MetricsLoad33(ITestOutputHelper output) : SsotBaseTestCase(output)
{
    [Fact] public void M0() => RecordMetric("load_index", 330, "index");
    [Fact] public void M1() => RecordMetric("load_index", 331, "index");
    [Fact] public void M2() => RecordMetric("load_index", 332, "index");
    [Fact] public void M3() => RecordMetric("load_index", 333, "index");
    [Fact] public void M4() => RecordMetric("load_index", 334, "index");
    [Fact] public void M5() => RecordMetric("load_index", 335, "index");
    [Fact] public void M6() => RecordMetric("load_index", 336, "index");
    [Fact] public void M7() => RecordMetric("load_index", 337, "index");
    [Fact] public void M8() => RecordMetric("load_index", 338, "index");
    [Fact] public void M9() => RecordMetric("load_index", 339, "index");
}

public sealed class MetricsLoad34(ITestOutputHelper output) : SsotBaseTestCase(output)
{
    [Fact] public void M0() => RecordMetric("load_index", 340, "index");
    [Fact] public void M1() => RecordMetric("load_index", 341, "index");
    [Fact] public void M2() => RecordMetric("load_index", 342, "index");
    [Fact] public void M3() => RecordMetric("load_index", 343, "index");
    [Fact] public void M4() => RecordMetric("load_index", 344, "index");
    [Fact] public void M5() => RecordMetric("load_index", 345, "index");
    [Fact] public void M6() => RecordMetric("load_index", 346, "index");
    [Fact] public void M7() => RecordMetric("load_index", 347, "index");
    [Fact] public void M8() => RecordMetric("load_index", 348, "index");
    [Fact] public void M9() => RecordMetric("load_index", 349, "index");
}

public sealed class MetricsLoad35(ITestOutputHelper output) : SsotBaseTestCase(output)
{
    [Fact] public void M0() => RecordMetric("load_index", 350, "index");
    [Fact] public void M1() => RecordMetric("load_index", 351, "index");
    [Fact] public void M2() => RecordMetric("load_index", 352, "index");
    [Fact] public void M3() => RecordMetric("load_index", 353, "index");
    [Fact] public void M4() => RecordMetric("load_index", 354, "index");
    [Fact] public void M5() => RecordMetric("load_index", 355, "index");
    [Fact] public void M6() => RecordMetric("load_index", 356, "index");
    [Fact] public void M7() => RecordMetric("load_index", 357, "index");
    [Fact] public void M8() => RecordMetric("load_index", 358, "index");
    [Fact] public void M9() => RecordMetric("load_index", 359, "index");
}

public sealed class MetricsLoad36(ITestOutputHelper output) : SsotBaseTestCase(output)
{
    [Fact] public void M0() => RecordMetric("load_index", 360, "index");
    [Fact] public void M1() => RecordMetric("load_index", 361, "index");
    [Fact] public void M2() => RecordMetric("load_index", 362, "index");
    [Fact] public void M3() => RecordMetric("load_index", 363, "index");
    [Fact] public void M4() => RecordMetric("load_index", 364, "index");
    [Fact] public void M5() => RecordMetric("load_index", 365, "index");
    [Fact] public void M6() => RecordMetric("load_index", 366, "index");
    [Fact] public void M7() => RecordMetric("load_index", 367, "index");
    [Fact] public void M8() => RecordMetric("load_index", 368, "index");
    [Fact] public void M9() => RecordMetric("load_index", 369, "index");
}

public sealed class MetricsLoad37(ITestOutputHelper output) : SsotBaseTestCase(output)
{
    [Fact] public void M0() => RecordMetric("load_index", 370, "index");
    [Fact] public void M1() => RecordMetric("load_index", 371, "index");
    [Fact] public void M2() => RecordMetric("load_index", 372, "index");
    [Fact] public void M3() => RecordMetric("load_index", 373, "index");
    [Fact] public void M4() => RecordMetric("load_index", 374, "index");
    [Fact] public void M5() => RecordMetric("load_index", 375, "index");
    [Fact] public void M6() => RecordMetric("load_index", 376, "index");
    [Fact] public void M7() => RecordMetric("load_index", 377, "index");
    [Fact] public void M8() => RecordMetric("load_index", 378, "index");
    [Fact] public void M9() => RecordMetric("load_index", 379, "index");
}

public sealed class MetricsLoad38(ITestOutputHelper output) : SsotBaseTestCase(output)
{
    [Fact] public void M0() => RecordMetric("load_index", 380, "index");
    [Fact] public void M1() => RecordMetric("load_index", 381, "index");
    [Fact] public void M2() => RecordMetric("load_index", 382, "index");
    [Fact] public void M3() => RecordMetric("load_index", 383, "index");
    [Fact] public void M4() => RecordMetric("load_index", 384, "index");
    [Fact] public void M5() => RecordMetric("load_index", 385, "index");
    [Fact] public void M6() => RecordMetric("load_index", 386, "index");
    [Fact] public void M7() => RecordMetric("load_index", 387, "index");
    [Fact] public void M8() => RecordMetric("load_index", 388, "index");
    [Fact] public void M9() => RecordMetric("load_index", 389, "index");
}

public sealed class MetricsLoad39(ITestOutputHelper output) : SsotBaseTestCase(output)
{
    [Fact] public void M0() => RecordMetric("load_index", 390, "index");
    [Fact] public void M1() => RecordMetric("load_index", 391, "index");
    [Fact] public void M2() => RecordMetric("load_index", 392, "index");
    [Fact] public void M3() => RecordMetric("load_index", 393, "index");
    [Fact] public void M4() => RecordMetric("load_index", 394, "index");
    [Fact] public void M5() => RecordMetric("load_index", 395, "index");
    [Fact] public void M6() => RecordMetric("load_index", 396, "index");
    [Fact] public void M7() => RecordMetric("load_index", 397, "index");
    [Fact] public void M8() => RecordMetric("load_index", 398, "index");
    [Fact] public void M9() => RecordMetric("load_index", 399, "index");
}

public sealed class MetricsLoad40(ITestOutputHelper output) : SsotBaseTestCase(output)
{
    [Fact] public void M0() => RecordMetric("load_index", 400, "index");
    [Fact] public void M1() => RecordMetric("load_index", 401, "index");
    [Fact] public void M2() => RecordMetric("load_index", 402, "index");
    [Fact] public void M3() => RecordMetric("load_index", 403, "index");
    [Fact] public void M4() => RecordMetric("load_index", 404, "index");
    [Fact] public void M5() => RecordMetric("load_index", 405, "index");
    [Fact] public void M6() => RecordMetric("load_index", 406, "index");
    [Fact] public void M7() => RecordMetric("load_index", 407, "index");
    [Fact] public void M8() => RecordMetric("load_index", 408, "index");
    [Fact] public void M9() => RecordMetric("load_index", 409, "index");
}

public sealed class MetricsLoad41(ITestOutputHelper output) : SsotBaseTestCase(output)
{
    [Fact] public void M0() => RecordMetric("load_index", 410, "index");
    [Fact] public void M1() => RecordMetric("load_index", 411, "index");
    [Fact] public void M2() => RecordMetric("load_index", 412, "index");
    [Fact] public void M3() => RecordMetric("load_index", 413, "index");
    [Fact] public void M4() => RecordMetric("load_index", 414, "index");
    [Fact] public void M5() => RecordMetric("load_index", 415, "index");
    [Fact] public void M6() => RecordMetric("load_index", 416, "index");
    [Fact] public void M7() => RecordMetric("load_index", 417, "index");
    [Fact] public void M8() => RecordMetric("load_index", 418, "index");
    [Fact] public void M9() => RecordMetric("load_index", 419, "index");
}

public sealed class MetricsLoad42(ITestOutputHelper output) : SsotBaseTestCase(output)
{
    [Fact] public void M0() => RecordMetric("load_index", 420, "index");
    [Fact] public void M1() => RecordMetric("load_index", 421, "index");
    [Fact] public void M2() => RecordMetric("load_index", 422, "index");
    [Fact] public void M3() => RecordMetric("load_index", 423, "index");
    [Fact] public void M4() => RecordMetric("load_index", 424, "index");
    [Fact] public void M5() => RecordMetric("load_index", 425, "index");
    [Fact] public void M6() => RecordMetric("load_index", 426, "index");
    [Fact] public void M7() => RecordMetric("load_index", 427, "index");
    [Fact] public void M8() => RecordMetric("load_index", 428, "index");
    [Fact] public void M9() => RecordMetric("load_index", 429, "index");
}

public sealed class MetricsLoad43(ITestOutputHelper output) : SsotBaseTestCase(output)
{
    [Fact] public void M0() => RecordMetric("load_index", 430, "index");
    [Fact] public void M1() => RecordMetric("load_index", 431, "index");
    [Fact] public void M2() => RecordMetric("load_index", 432, "index");
    [Fact] public void M3() => RecordMetric("load_index", 433, "index");
    [Fact] public void M4() => RecordMetric("load_index", 434, "index");
    [Fact] public void M5() => RecordMetric("load_index", 435, "index");
    [Fact] public void M6() => RecordMetric("load_index", 436, "index");
    [Fact] public void M7() => RecordMetric("load_index", 437, "index");
    [Fact] public void M8() => RecordMetric("load_index", 438, "index");
    [Fact] public void M9() => RecordMetric("load_index", 439, "index");
}

public sealed class MetricsLoad44(ITestOutputHelper output) : SsotBaseTestCase(output)
{
    [Fact] public void M0() => RecordMetric("load_index", 440, "index");
    [Fact] public void M1() => RecordMetric("load_index", 441, "index");
    [Fact] public void M2() => RecordMetric("load_index", 442, "index");
    [Fact] public void M3() => RecordMetric("load_index", 443, "index");
    [Fact] public void M4() => RecordMetric("load_index", 444, "index");
    [Fact] public void M5() => RecordMetric("load_index", 445, "index");
    [Fact] public void M6() => RecordMetric("load_index", 446, "index");
    [Fact] public void M7() => RecordMetric("load_index", 447, "index");
    [Fact] public void M8() => RecordMetric("load_index", 448, "index");
    [Fact] public void M9() => RecordMetric("load_index", 449, "index");
}

public sealed class MetricsLoad45(ITestOutputHelper output) : SsotBaseTestCase(output)
{
    [Fact] public void M0() => RecordMetric("load_index", 450, "index");
    [Fact] public void M1() => RecordMetric("load_index", 451, "index");
    [Fact] public void M2() => RecordMetric("load_index", 452, "index");
    [Fact] public void M3() => RecordMetric("load_index", 453, "index");
    [Fact] public void M4() => RecordMetric("load_index", 454, "index");
    [Fact] public void M5() => RecordMetric("load_index", 455, "index");
    [Fact] public void M6() => RecordMetric("load_index", 456, "index");
    [Fact] public void M7() => RecordMetric("load_index", 457, "index");
    [Fact] public void M8() => RecordMetric("load_index", 458, "index");
    [Fact] public void M9() => RecordMetric("load_index", 459, "index");
}

public sealed class MetricsLoad46(ITestOutputHelper output) : SsotBaseTestCase(output)
{
    [Fact] public void M0() => RecordMetric("load_index", 460, "index");
    [Fact] public void M1() => RecordMetric("load_index", 461, "index");
    [Fact] public void M2() => RecordMetric("load_index", 462, "index");
    [Fact] public void M3() => RecordMetric("load_index", 463, "index");
    [Fact] public void M4() => RecordMetric("load_index", 464, "index");
    [Fact] public void M5() => RecordMetric("load_index", 465, "index");
    [Fact] public void M6() => RecordMetric("load_index", 466, "index");
    [Fact] public void M7() => RecordMetric("load_index", 467, "index");
    [Fact] public void M8() => RecordMetric("load_index", 468, "index");
    [Fact] public void M9() => RecordMetric("load_index", 469, "index");
}

public sealed class MetricsLoad47(ITestOutputHelper output) : SsotBaseTestCase(output)
{
    [Fact] public void M0() => RecordMetric("load_index", 470, "index");
    [Fact] public void M1() => RecordMetric("load_index", 471, "index");
    [Fact] public void M2() => RecordMetric("load_index", 472, "index");
    [Fact] public void M3() => RecordMetric("load_index", 473, "index");
    [Fact] public void M4() => RecordMetric("load_index", 474, "index");
    [Fact] public void M5() => RecordMetric("load_index", 475, "index");
    [Fact] public void M6() => RecordMetric("load_index", 476, "index");
    [Fact] public void M7() => RecordMetric("load_index", 477, "index");
    [Fact] public void M8() => RecordMetric("load_index", 478, "index");
    [Fact] public void M9() => RecordMetric("load_index", 479, "index");
}

public sealed class MetricsLoad48(ITestOutputHelper output) : SsotBaseTestCase(output)
{
    [Fact] public void M0() => RecordMetric("load_index", 480, "index");
    [Fact] public void M1() => RecordMetric("load_index", 481, "index");
    [Fact] public void M2() => RecordMetric("load_index", 482, "index");
    [Fact] public void M3() => RecordMetric("load_index", 483, "index");
    [Fact] public void M4() => RecordMetric("load_index", 484, "index");
    [Fact] public void M5() => RecordMetric("load_index", 485, "index");
    [Fact] public void M6() => RecordMetric("load_index", 486, "index");
    [Fact] public void M7() => RecordMetric("load_index", 487, "index");
    [Fact] public void M8() => RecordMetric("load_index", 488, "index");
    [Fact] public void M9() => RecordMetric("load_index", 489, "index");
}

public sealed class MetricsLoad49(ITestOutputHelper output) : SsotBaseTestCase(output)
{
    [Fact] public void M0() => RecordMetric("load_index", 490, "index");
    [Fact] public void M1() => RecordMetric("load_index", 491, "index");
    [Fact] public void M2() => RecordMetric("load_index", 492, "index");
    [Fact] public void M3() => RecordMetric("load_index", 493, "index");
    [Fact] public void M4() => RecordMetric("load_index", 494, "index");
    [Fact] public void M5() => RecordMetric("load_index", 495, "index");
    [Fact] public void M6() => RecordMetric("load_index", 496, "index");
    [Fact] public void M7() => RecordMetric("load_index", 497, "index");
    [Fact] public void M8() => RecordMetric("load_index", 498, "index");
    [Fact] public void M9() => RecordMetric("load_index", 499, "index");
}
