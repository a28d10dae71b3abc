using Shop.Notifications;

namespace Shop.Orders;

public sealed class Refunds
{
    public void Refund(string customer) => Notifier.Create().Notify(customer, "refunded");
}
