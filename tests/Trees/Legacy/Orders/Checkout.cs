using Shop.Legacy;
using Shop.Notifications;

namespace Shop.Orders;

public sealed class Checkout
{
    private readonly Notifier _notifier = Notifier.Create(); // expect: SSOT005

    public void Complete(string customer)
    {
        _notifier.Notify(customer, "done");
        new EmailSender().Send(customer, "done"); // expect: SSOT001 SSOT005
    }
}
