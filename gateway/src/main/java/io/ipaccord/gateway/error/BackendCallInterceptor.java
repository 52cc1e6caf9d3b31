package io.ipaccord.gateway.error;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/** See {@link BackendCall}. APPLICATION priority sorts it before (outside) SmallRye Fault Tolerance. */
@BackendCall("")
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class BackendCallInterceptor {

    @AroundInvoke
    Object translate(InvocationContext context) throws Exception {
        try {
            return context.proceed();
        } catch (RuntimeException e) {
            throw BackendErrors.translate(context.getInterceptorBinding(BackendCall.class).value(), e);
        }
    }
}
