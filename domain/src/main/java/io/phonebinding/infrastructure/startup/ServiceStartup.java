package io.phonebinding.infrastructure.startup;

import io.phonebinding.abuse.CountryVolumes;
import io.phonebinding.abuse.LimitSettings;
import io.phonebinding.abuse.SendLimits;
import io.phonebinding.binding.DueChanges;
import io.phonebinding.code.CodeMessageFit;
import io.phonebinding.infrastructure.metrics.ServiceMetrics;
import io.phonebinding.infrastructure.schema.SchemaMigration;
import io.phonebinding.infrastructure.shutdown.StopSignal;
import io.phonebinding.operator.AccessKeys;
import io.phonebinding.retention.PurgeSchedule;
import io.phonebinding.sms.DispatchSchedule;
import io.phonebinding.sms.SmsDeliverySettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.TreeSet;

/**
 * The order the service starts in: refuse a configuration that would fail open or send codes in two
 * parts, bring the schema up to date, then start the outbox's dispatch, the purge, the changes that
 * fall due and the adding up of the countries' SMS volume, drain on the stop signal, and say where
 * the service answers. Each web module of the EAR fires its own start event; every step is done
 * once, by the first.
 */
@ApplicationScoped
public class ServiceStartup {

  @Inject ProductionReadiness readiness;

  @Inject CodeMessageFit codeMessages;

  @Inject SchemaMigration schema;

  @Inject ServiceMetrics metrics;

  @Inject SmsDeliverySettings delivery;

  @Inject DispatchSchedule dispatch;

  @Inject PurgeSchedule purge;

  @Inject DueChanges dueChanges;

  @Inject StartupBanner banner;

  @Inject StopSignal stopSignal;

  @Inject AccessKeys accessKeys;

  @Inject LimitSettings limits;

  @Inject CountryVolumes countryVolumes;

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
    readiness.check();
    codeMessages.check();
    schema.ensureMigrated();
    accessKeys.addConfiguredKeys();
    delivery.routes().routedInstances().forEach(metrics::registerDeliveryMeters);
    Set<String> countries = new TreeSet<>(limits.sendLimits().allowedRegions());
    countries.addAll(delivery.routes().namedRegions());
    countries.remove(SendLimits.ANY_REGION);
    metrics.registerFunnelMeters(delivery.routes().routedInstances(), countries);
    dispatch.start();
    purge.start();
    dueChanges.start();
    countryVolumes.start();
    stopSignal.listen();
    banner.show();
  }
}
