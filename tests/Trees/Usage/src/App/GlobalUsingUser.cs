namespace App;

public sealed class GlobalUsingUser
{
    private readonly OldSocketManager _manager = OldSocketManager.Create(); // expect: SSOT001

    public object Manager => _manager;
}
