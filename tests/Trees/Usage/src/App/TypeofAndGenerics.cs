using System.Collections.Generic;

namespace App;

[Legacy.Transport.Wire] // expect: SSOT001
public class TypeofAndGenerics : OldSocketManager // expect: SSOT001
{
    public System.Type Kind => typeof(OldSocketManager); // expect: SSOT001

    public List<OldSocketManager> All { get; } = new(); // expect: SSOT001
}
