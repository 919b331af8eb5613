teSearchFile("terms/66-69-66",[["fifty",[1,1,52],[]]]);
