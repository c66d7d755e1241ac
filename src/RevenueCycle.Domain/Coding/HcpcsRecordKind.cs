namespace RevenueCycle.Coding;

public enum HcpcsRecordKind { Procedure, Modifier }
