"""HTTP SMS gateways behind the wire layer's Transport protocol: Kannel, android-sms-gateway,
Aliyun SMS, Twilio-compatible APIs and generic TOML profiles."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from operator_app.sms.gateways.spec import GATEWAY_KINDS, GatewaySpec, GatewaySpecError, parse_gateway_spec

if TYPE_CHECKING:
    from operator_app.sms.gateways.base import GatewayTransport

__all__ = ["GATEWAY_KINDS", "TEMPLATE_ONLY", "GatewaySpec", "GatewaySpecError", "open_gateway", "parse_gateway_spec",
           "requires_provider_template"]

TEMPLATE_ONLY = ("aliyun",)


def requires_provider_template(spec: GatewaySpec | str) -> bool:
    """True for providers that send only templates approved in advance (Aliyun SMS): approval
    must refuse a batch whose template names no code for this provider, and the batch freezes
    the code and its values beside the text."""
    kind = spec.kind if isinstance(spec, GatewaySpec) else spec.partition(":")[0].strip().lower()
    return kind in TEMPLATE_ONLY


def open_gateway(spec: GatewaySpec | str, **kwargs: Any) -> GatewayTransport:
    """The transport for a gateway spec (a GatewayTransport: Transport plus reports())."""
    if isinstance(spec, str):
        spec = parse_gateway_spec(spec)
    if spec.kind == "kannel":
        from operator_app.sms.gateways.kannel import KannelTransport

        return KannelTransport(spec, **kwargs)
    if spec.kind == "android-gateway":
        from operator_app.sms.gateways.android import AndroidGatewayTransport

        return AndroidGatewayTransport(spec, **kwargs)
    if spec.kind == "twilio":
        from operator_app.sms.gateways.twilio import TwilioTransport

        return TwilioTransport(spec, **kwargs)
    if spec.kind == "aliyun":
        from operator_app.sms.gateways.aliyun import AliyunTransport

        return AliyunTransport(spec, **kwargs)
    from operator_app.sms.gateways.profile import ProfileTransport

    return ProfileTransport(spec, **kwargs)
