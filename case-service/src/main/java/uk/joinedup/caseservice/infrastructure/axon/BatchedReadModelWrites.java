package uk.joinedup.caseservice.infrastructure.axon;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import uk.joinedup.caseservice.infrastructure.mongo.WriteBatch;

/**
 * Holds the read models' writes of a batch of events in a {@link WriteBatch} and writes them once its last event
 * has been handled (ADR 30): before the processor stores its token for the batch, so a token never covers an
 * event whose writes are not in the store. A batch rolled back forgets what it held; it is handled again.
 */
final class BatchedReadModelWrites implements MessageHandlerInterceptor<EventMessage<?>> {

    private final ProjectionFailures failures;

    BatchedReadModelWrites(ProjectionFailures failures) {
        this.failures = failures;
    }

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain interceptorChain)
            throws Exception {
        if (!(unitOfWork instanceof BatchingUnitOfWork<?> batch)) {
            return interceptorChain.proceed();
        }
        if (batch.isFirstMessage()) {
            WriteBatch.open(failures::onWriteRefused);
            unitOfWork.onCleanup(done -> WriteBatch.close());
        }
        Object result = interceptorChain.proceed();
        if (batch.isLastMessage()) {
            WriteBatch.write();
        }
        return result;
    }
}
